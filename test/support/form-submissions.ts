/*
 * One valid submission per form, as a person fills the form in: the inputs only, each a string as the Teams
 * card submits it and as a Slack modal's answers are typed. A test adds the record the button is about
 * (`{ challengeDayId, ...caseFindingSubmission() }`) and overrides the answers it cares about. Every one is
 * checked to be accepted by its verb in test/security/fuzz-card-action-reading.test.ts.
 */

/** A form's answers, keyed by input id. */
export type FormSubmission = Record<string, string>;

/** The plan form: Chesterfield, 10 December 2026, two focus areas, Jo expected. */
export const planSubmission = (over: FormSubmission = {}): FormSubmission => ({
  districtId: 'chesterfield',
  date: '2026-12-10',
  startTime: '09:30',
  districtSite: 'Chesterfield Town Hall',
  matSite: 'Staveley Centre',
  focusAreas: '2,5',
  intelligence: 'complaints,monthly_audits',
  auditTeamIds: '',
  expectedAttendeeIds: 'person-jo',
  ...over,
});

/** A reply to the 48-hour notice. */
export const noticeReplySubmission = (over: FormSubmission = {}): FormSubmission => ({ kind: 'attending', ...over });

/** A case finding: voice of the child requires improvement, everything else good, no safeguarding concern. */
export const caseFindingSubmission = (over: FormSubmission = {}): FormSubmission => ({
  caseReference: 'CR-104233',
  overallGrade: 'requires_improvement',
  voice_of_child_grade: 'requires_improvement',
  voice_of_child_comment: 'Wishes and feelings not recorded at the last two visits.',
  management_oversight_grade: 'good',
  assessment_and_plan_grade: 'good',
  risk_and_safety_grade: 'good',
  timeliness_grade: 'good',
  strengths: 'Consistent worker who knows the family well.',
  safeguardingConcern: 'false',
  ...over,
});

/** A case finding's five domain grades, each as given (Slack's modal leaves the rest to their defaults). */
export const caseFindingGrades = (grade: string, over: FormSubmission = {}): FormSubmission => ({
  overallGrade: grade,
  voice_of_child_grade: grade,
  management_oversight_grade: grade,
  assessment_and_plan_grade: grade,
  risk_and_safety_grade: grade,
  timeliness_grade: grade,
  ...over,
});

/** Feedback from a staff focus group of eight. */
export const focusGroupSubmission = (over: FormSubmission = {}): FormSubmission => ({
  group: 'staff',
  attendeeCount: '8',
  working: 'Peer support in the team is strong.',
  themes: '1',
  ...over,
});

/** The register of who came: Jo came, nobody unannounced. */
export const registerSubmission = (over: FormSubmission = {}): FormSubmission => ({
  attended: 'person-jo',
  unannounced: '',
  ...over,
});

/** An observed home visit. */
export const observedVisitSubmission = (over: FormSubmission = {}): FormSubmission => ({
  workerReference: 'SW-0412',
  observed: 'A calm, child-centred home visit; the child was seen alone.',
  ...over,
});

/** An action owner asking for a later due date. */
export const requestDateChangeSubmission = (over: FormSubmission = {}): FormSubmission => ({
  requestedDate: '2027-01-29',
  reason: 'The team is short of two workers until January.',
  ...over,
});

/** A progress note on an action. */
export const addProgressSubmission = (over: FormSubmission = {}): FormSubmission => ({
  note: 'Wishes and feelings template added to the visit record',
  ...over,
});

/** An action marked complete, with its evidence. */
export const completeActionSubmission = (over: FormSubmission = {}): FormSubmission => ({
  evidence: 'Audit of ten visits: all record wishes and feelings.',
  ...over,
});

/** A manager declining the new date an owner asked for. */
export const declineDateChangeSubmission = (over: FormSubmission = {}): FormSubmission => ({
  reason: 'The inspection is in January; this cannot wait.',
  ...over,
});

/** A manager reopening a completed action. */
export const reassignActionSubmission = (over: FormSubmission = {}): FormSubmission => ({
  newOwnerId: 'person-stella',
  reason: 'The duty team has capacity this month.',
  ...over,
});

export const reopenActionSubmission = (over: FormSubmission = {}): FormSubmission => ({
  reason: 'The evidence covers one team only.',
  ...over,
});

/** A recommended action of the draft report, changed by the QA manager and kept in the plan. */
export const reportDraftActionSubmission = (over: FormSubmission = {}): FormSubmission => ({
  what: 'Record the child’s wishes and feelings at every visit',
  ownerId: 'person-jo',
  dueDate: '2027-01-29',
  priority: 'high',
  leaveOut: 'false',
  ...over,
});

/** A senior manager verifying a report (comments are optional). */
export const approveReportSubmission = (over: FormSubmission = {}): FormSubmission => ({ ...over });

/** A senior manager returning a report, saying why. */
export const returnReportSubmission = (over: FormSubmission = {}): FormSubmission => ({
  comments: 'Give the audit to the district manager.',
  ...over,
});

/** A district on its form: Chesterfield, with its MAT locality and another name for it. */
export const districtSubmission = (over: FormSubmission = {}): FormSubmission => ({
  name: 'Chesterfield',
  matLocality: 'Chesterfield MAT',
  aliases: 'Chesterfield Borough',
  ...over,
});

/** A case-holding team on its form, managed by Dee. */
export const teamSubmission = (over: FormSubmission = {}): FormSubmission => ({
  name: 'Chesterfield Child Protection Team 1',
  managerId: 'person-dee',
  ...over,
});
