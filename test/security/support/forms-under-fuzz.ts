import fc from 'fast-check';
import type { z } from 'zod/v4';
import type { CardVerb } from '../../../src/interactions/verbs/card-verbs.js';
import { MAX_PROGRESS_NOTES } from '../../../src/domain/action/action.js';
import { ACTION_PRIORITIES } from '../../../src/domain/action/status.js';
import { FOCUS_GROUP_KINDS } from '../../../src/domain/capture/focus-groups.js';
import { OFSTED_GRADES } from '../../../src/domain/case-finding/grades.js';
import { INTELLIGENCE_SOURCES } from '../../../src/domain/challenge-day/service-priorities.js';
import * as actionUpdates from '../../../src/domain/forms/action-updates.js';
import { caseFindingSubmissionSchema } from '../../../src/domain/forms/case-finding.js';
import { districtSubmissionSchema } from '../../../src/domain/forms/district.js';
import { focusGroupSubmissionSchema } from '../../../src/domain/forms/focus-group.js';
import { attendanceRegisterSubmissionSchema } from '../../../src/domain/forms/attendance-register.js';
import { MAX_THEMES_PER_RECORD } from '../../../src/domain/themes/chosen-themes.js';
import { seededThemes } from '../../../src/domain/themes/seed-themes.js';
import { noticeReplySubmissionSchema } from '../../../src/domain/forms/notice-reply.js';
import { observedVisitSubmissionSchema } from '../../../src/domain/forms/observed-visit.js';
import { planChallengeDaySubmissionSchema } from '../../../src/domain/forms/plan-challenge-day.js';
import { reassignActionSubmissionSchema } from '../../../src/domain/forms/reassign-action.js';
import { reportDraftActionSubmissionSchema } from '../../../src/domain/forms/report-draft-action.js';
import { programmeSubmissionSchema } from '../../../src/domain/forms/programme.js';
import { teamSubmissionSchema } from '../../../src/domain/forms/team.js';
import {
  approveReportSubmissionSchema,
  openReportSubmissionSchema,
  returnReportSubmissionSchema,
} from '../../../src/domain/forms/report-review.js';
import { NOTICE_REPLY_KINDS } from '../../../src/domain/notice/reply-kinds.js';
import type { Person } from '../../../src/domain/people/person.js';
import { anAction } from '../../support/fixtures.js';
import {
  addProgressSubmission,
  approveReportSubmission,
  caseFindingSubmission,
  completeActionSubmission,
  declineDateChangeSubmission,
  districtSubmission,
  focusGroupSubmission,
  noticeReplySubmission,
  observedVisitSubmission,
  planSubmission,
  reassignActionSubmission,
  registerSubmission,
  reopenActionSubmission,
  reportDraftActionSubmission,
  requestDateChangeSubmission,
  returnReportSubmission,
  teamSubmission,
  type FormSubmission,
} from '../../support/form-submissions.js';
import { people, records } from './county.js';
import { DeepNesting, hostileValue, isoDate, submissionOf, writtenText } from './hostile-input.js';
import type { SlackInput } from './hostile-requests.js';

/*
 * Every form, and how to generate its submissions: as a person fills them in, and as a hostile or broken
 * client sends them. Shared by the fuzzing of the reading in process (many submissions, fast) and the fuzzing
 * through the real endpoints (fewer, with what is stored checked).
 */

const { priya, owen, dan, sue, bill } = people;

const fuzzAction = (id: string, over: Parameters<typeof anAction>[0] = {}) =>
  anAction({ _id: `action-fuzz-${id}`, challengeDayId: records.dayChesterfield._id, ownerId: owen._id, ...over });
const at = new Date('2026-11-20T10:00:00Z');
/** The actions the action forms are about, as seeded by the endpoint fuzzing. */
export const actions = {
  acknowledge: fuzzAction('acknowledge'),
  requestDate: fuzzAction('request-date'),
  complete: fuzzAction('complete', { status: 'acknowledged', acknowledgedAt: at }),
  decline: fuzzAction('decline', {
    dateChangeRequest: {
      requestedDate: new Date('2026-12-31T00:00:00Z'),
      reason: 'Short of staff.',
      byId: owen._id,
      at,
    },
  }),
  /** Already holding as many progress notes as an action keeps. */
  fullOfProgress: fuzzAction('full-of-progress', {
    status: 'in_progress',
    acknowledgedAt: at,
    progress: Array.from({ length: MAX_PROGRESS_NOTES }, (_, index) => ({
      note: `Progress ${index + 1}.`,
      byId: owen._id,
      at,
    })),
  }),
  reassign: fuzzAction('reassign', { status: 'acknowledged', acknowledgedAt: at }),
  reopen: fuzzAction('reopen', {
    status: 'completed',
    acknowledgedAt: at,
    completion: { evidence: 'Done.', byId: owen._id, at },
  }),
};

/** Accepted progress notes pile up on their action: ten actions share them. */
export const progressActions = Array.from({ length: 10 }, (_, index) =>
  fuzzAction(`progress-${index + 1}`, { status: 'acknowledged', acknowledgedAt: at }),
);

const personIds = Object.values(people).map((person) => person._id);
const joined = (values: readonly string[], maxLength?: number) =>
  fc.subarray([...values], { maxLength: maxLength ?? values.length }).map((chosen) => chosen.join(','));
// The seeded learning themes, and one id that is no theme: each form refuses it, with the reason.
const learningThemes = joined(
  [...seededThemes(new Date(0)).map((theme) => theme._id), 'theme-made-up'],
  MAX_THEMES_PER_RECORD,
);
const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const caseReference = fc.oneof(
  fc.integer({ min: 100000, max: 999999 }).map((number) => `CR-${number}`),
  fc.constantFrom('MAT/2291', 'cr-104233', ' CR-104233 ', ''),
);
const grade = fc.constantFrom(...OFSTED_GRADES);
const priority = fc.constantFrom(...ACTION_PRIORITIES);
const toggle = fc.constantFrom('true', 'false');

export interface FormUnderFuzz {
  readonly schema: z.ZodType;
  readonly verb: CardVerb;
  /** Someone allowed to use the form, so that what the schema accepts reaches the domain and is stored. */
  readonly person: Person;
  /**
   * The records the form may be about, as its button's data names them; each submission is about one. More
   * than one where accepted submissions pile up on the record, so that no one record grows without end.
   */
  readonly contexts: readonly Record<string, string>[];
  /** A plausible value for each input, as a person fills it in. */
  readonly inputs: Record<string, fc.Arbitrary<unknown>>;
  /** The form's valid submission of the shared fixtures, which tests and the bench send. */
  readonly valid: FormSubmission;
}

const dayContext = { challengeDayId: records.dayChesterfield._id };
const comment = writtenText(2000);

export const forms: Record<string, FormUnderFuzz> = {
  'plan a Challenge Day': {
    schema: planChallengeDaySubmissionSchema,
    verb: 'plan.submit',
    person: priya,
    contexts: [{}],
    valid: planSubmission(),
    inputs: {
      districtId: fc.constantFrom('chesterfield', 'erewash'),
      date: isoDate,
      startTime: clockTime,
      districtSite: writtenText(200),
      matSite: writtenText(200),
      focusAreas: joined(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
      intelligence: joined(INTELLIGENCE_SOURCES),
      intelligenceNotes: writtenText(4000),
      auditTeamIds: joined(personIds, 5),
      matAuditTeamIds: joined(personIds, 5),
      expectedAttendeeIds: joined(personIds),
    },
  },
  'reply to the 48-hour notice': {
    schema: noticeReplySubmissionSchema,
    verb: 'notice.reply',
    person: owen,
    contexts: [dayContext],
    valid: noticeReplySubmission(),
    inputs: { kind: fc.constantFrom(...NOTICE_REPLY_KINDS), caseReference, note: writtenText(1000) },
  },
  'case finding': {
    schema: caseFindingSubmissionSchema,
    verb: 'finding.submit',
    person: dan,
    contexts: [dayContext],
    valid: caseFindingSubmission(),
    inputs: {
      caseReference,
      overallGrade: grade,
      voice_of_child_grade: grade,
      voice_of_child_comment: comment,
      management_oversight_grade: grade,
      management_oversight_comment: comment,
      assessment_and_plan_grade: grade,
      assessment_and_plan_comment: comment,
      risk_and_safety_grade: grade,
      risk_and_safety_comment: comment,
      timeliness_grade: grade,
      timeliness_comment: comment,
      strengths: writtenText(4000),
      areasForImprovement: writtenText(4000),
      safeguardingConcern: toggle,
      safeguardingReason: comment,
      ...Object.fromEntries(
        [1, 2, 3].flatMap((slot) => [
          [`recommendation${slot}Text`, writtenText(1000)],
          [`recommendation${slot}Owner`, fc.constantFrom(...personIds, '')],
          [`recommendation${slot}DueDate`, fc.oneof(isoDate, fc.constant(''))],
          [`recommendation${slot}Priority`, priority],
        ]),
      ),
      learningThemes,
    },
  },
  'focus-group feedback': {
    schema: focusGroupSubmissionSchema,
    verb: 'focusGroup.submit',
    person: sue,
    contexts: [dayContext],
    valid: focusGroupSubmission(),
    inputs: {
      group: fc.constantFrom(...FOCUS_GROUP_KINDS),
      attendeeCount: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }).map(String)),
      working: writtenText(4000),
      worries: writtenText(4000),
      ideas: writtenText(4000),
      themes: joined(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
      learningThemes,
    },
  },
  'observed visit': {
    schema: observedVisitSubmissionSchema,
    verb: 'visit.submit',
    person: sue,
    contexts: [dayContext],
    valid: observedVisitSubmission(),
    inputs: {
      workerReference: fc.constantFrom('SW-0412', 'SW-1001', 'sw/22'),
      site: fc.constantFrom('district', 'mat', 'MAT', 'the county'),
      observed: writtenText(4000),
      feedbackGiven: writtenText(4000),
      learning: writtenText(4000),
      learningThemes,
    },
  },
  'register of who came': {
    schema: attendanceRegisterSubmissionSchema,
    verb: 'register.submit',
    // A senior manager on Chesterfield's audit team, on the day: she keeps its register.
    person: sue,
    contexts: [dayContext],
    valid: registerSubmission({ attended: owen._id }),
    inputs: {
      attended: joined([...records.dayChesterfield.expectedAttendeeIds, ...records.dayChesterfield.auditTeamIds]),
      unannounced: joined(personIds, 5),
    },
  },
  'acknowledge an action (no inputs)': {
    schema: actionUpdates.noInputSubmissionSchema,
    verb: 'action.acknowledge',
    person: owen,
    contexts: [{ actionId: actions.acknowledge._id }],
    valid: {},
    inputs: {},
  },
  'ask for a new date': {
    schema: actionUpdates.requestDateChangeSubmissionSchema,
    verb: 'action.requestDateChange',
    person: owen,
    contexts: [{ actionId: actions.requestDate._id }],
    valid: requestDateChangeSubmission(),
    inputs: { requestedDate: isoDate, reason: writtenText(1000) },
  },
  'add progress': {
    schema: actionUpdates.addProgressSubmissionSchema,
    verb: 'action.addProgress',
    person: owen,
    contexts: progressActions.map((action) => ({ actionId: action._id })),
    valid: addProgressSubmission(),
    inputs: { note: writtenText(2000) },
  },
  'mark an action complete': {
    schema: actionUpdates.completeActionSubmissionSchema,
    verb: 'action.complete',
    person: owen,
    contexts: [{ actionId: actions.complete._id }],
    valid: completeActionSubmission(),
    inputs: { evidence: writtenText(2000) },
  },
  'decline a new date': {
    schema: actionUpdates.declineDateChangeSubmissionSchema,
    verb: 'action.declineDateChange',
    person: sue,
    contexts: [{ actionId: actions.decline._id }],
    valid: declineDateChangeSubmission(),
    inputs: { reason: writtenText(1000) },
  },
  'reopen an action': {
    schema: actionUpdates.reopenActionSubmissionSchema,
    verb: 'action.reopen',
    person: sue,
    contexts: [{ actionId: actions.reopen._id }],
    valid: reopenActionSubmission(),
    inputs: { reason: writtenText(1000) },
  },
  'give an action to someone else': {
    schema: reassignActionSubmissionSchema,
    verb: 'action.reassign',
    person: sue,
    contexts: [{ actionId: actions.reassign._id }],
    valid: reassignActionSubmission(),
    inputs: { newOwnerId: fc.constantFrom(...personIds), reason: writtenText(1000) },
  },
  'change an action of the draft report': {
    schema: reportDraftActionSubmissionSchema,
    verb: 'report.editAction',
    person: priya,
    contexts: [{ reportId: records.draftReportChesterfield._id, actionKey: 'finding-chesterfield-dan:1' }],
    valid: reportDraftActionSubmission(),
    inputs: {
      what: writtenText(1000),
      ownerId: fc.constantFrom(...personIds),
      dueDate: isoDate,
      priority,
      leaveOut: fc.oneof(
        { weight: 50, arbitrary: fc.constant('false') },
        { weight: 1, arbitrary: fc.constant('true') },
      ),
    },
  },
  'verify a report': {
    schema: approveReportSubmissionSchema,
    verb: 'report.approve',
    person: sue,
    contexts: [{ reportId: records.submittedReportChesterfield._id }],
    valid: approveReportSubmission(),
    inputs: { comments: writtenText(4000) },
  },
  // A district and a team are changed, not added, so that accepted submissions do not pile up new records.
  'change a district': {
    schema: districtSubmissionSchema,
    verb: 'district.change',
    person: priya,
    contexts: [{ districtId: 'chesterfield' }],
    valid: districtSubmission(),
    inputs: { name: writtenText(80), matLocality: writtenText(80), aliases: writtenText(400) },
  },
  'change a team': {
    schema: teamSubmissionSchema,
    verb: 'team.change',
    person: priya,
    contexts: [{ teamId: records.teamChesterfield._id }],
    valid: teamSubmission(),
    inputs: {
      name: writtenText(80),
      managerId: fc.constantFrom(...personIds),
      site: fc.constantFrom('district', 'mat', 'Mat', ''),
    },
  },
  'set the year’s programme': {
    schema: programmeSubmissionSchema,
    verb: 'programme.set',
    person: priya,
    contexts: [{ year: '2027' }],
    valid: { rota: 'Chesterfield, every 8 weeks, Wednesday, from 2027-01-13', blackouts: '', reminderWeeks: '4' },
    inputs: {
      rota: fc.oneof(
        fc.constantFrom(
          'Chesterfield, every 8 weeks, Wednesday, from 2027-01-13',
          'Chesterfield, 6, Thu, 2027-02-04\nHigh Peak, 8, Mon, 2027-01-11',
          'Nowhere, 8, Wed, 2027-01-13',
          'Chesterfield, 0, Wed, 2027-01-13',
          'Chesterfield, 8, Saturday, 2027-01-13',
        ),
        writtenText(400),
      ),
      blackouts: fc.oneof(fc.constantFrom('', '2027-08-02', '2027-07-26 to 2027-09-01', 'summer'), writtenText(60)),
      reminderWeeks: fc.constantFrom('4', '1', '12', '0', '13', 'x', ''),
    },
  },
  'open a report (the verification card’s comment box comes along)': {
    schema: openReportSubmissionSchema,
    verb: 'report.openLink',
    person: sue,
    contexts: [{ reportId: records.submittedReportChesterfield._id }],
    valid: approveReportSubmission(),
    inputs: { comments: writtenText(4000) },
  },
  'return a report': {
    schema: returnReportSubmissionSchema,
    verb: 'report.return',
    person: bill,
    contexts: [{ reportId: records.submittedReportErewash._id }],
    valid: returnReportSubmission(),
    inputs: { comments: writtenText(4000) },
  },
};

/** One generated submission: its inputs (with any hostile extras), and how Slack reports each input. */
export interface Submission {
  /** Which of the form's records it is about. */
  readonly context: Record<string, string>;
  readonly entries: [string, unknown][];
  readonly slackTypes: string[];
  /** Now and then the whole card data is something other than an object. */
  readonly notAnObject?: unknown;
}

const slackElementType = fc.oneof(
  { weight: 12, arbitrary: fc.constant('plain_text_input') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'static_select',
      'radio_buttons',
      'multi_static_select',
      'checkboxes',
      'datepicker',
      'timepicker',
      'number_input',
      'some_new_element',
    ),
  },
);

export function submissions(form: FormUnderFuzz): fc.Arbitrary<Submission> {
  return fc.record(
    {
      context: fc.constantFrom(...form.contexts),
      entries: submissionOf(form.inputs),
      slackTypes: fc.array(slackElementType, { minLength: 40, maxLength: 40 }),
      notAnObject: hostileValue,
    },
    { requiredKeys: ['context', 'entries', 'slackTypes'] },
  );
}

/** A fresh object: it has a "polluted" property only if something wrote one onto Object.prototype. */
export const pollutionProbe = () => ({}) as Record<string, unknown>;

/** Problems grouped by what went wrong: how often, and the first submission it happened to. */
export function byKind(problems: readonly string[]): Record<string, string> {
  const kinds: Record<string, { count: number; example: string }> = {};
  for (const problem of problems) {
    const [kind = problem, example = ''] = problem.split(' — for ');
    const seen = (kinds[kind] ??= { count: 0, example });
    seen.count += 1;
  }
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, { count, example }]) => [kind, `${count}×, e.g. ${example.slice(0, 600)}`]),
  );
}

/** A submission in a line: each key with the kind and size of its value. */
export function described(submission: Submission, modal: boolean): string {
  if ('notAnObject' in submission && !modal) return `card data ${shapeOf(submission.notAnObject)}`;
  return `{ ${submission.entries
    .map(([key, value], index) => {
      const element = modal ? `${submission.slackTypes[index % submission.slackTypes.length]} ` : '';
      return `${JSON.stringify(key)}: ${element}${shapeOf(value)}`;
    })
    .join(', ')} }`;
}

function shapeOf(value: unknown): string {
  if (value instanceof DeepNesting) return `nested ${value.depth} deep`;
  if (typeof value === 'string') return value.length > 60 ? `string of ${value.length}` : JSON.stringify(value);
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (value && typeof value === 'object') return `object ${JSON.stringify(value).slice(0, 60)}`;
  return String(value);
}

/** Whether the form has inputs: Slack then opens a modal for it, otherwise its button acts at once. */
export const hasInputs = (form: FormUnderFuzz): boolean => Object.keys(form.inputs).length > 0;

/** The card data a submission sends: through Teams, or in a Slack button's value. */
export function cardData(submission: Submission): unknown {
  return 'notAnObject' in submission
    ? submission.notAnObject
    : { ...submission.context, ...Object.fromEntries(submission.entries) };
}

/** A submission as a Slack modal's inputs: a block for every input of the form and every key sent, each typed. */
export function slackModalInputs(
  form: FormUnderFuzz,
  submission: Submission,
): { blockIds: string[]; inputs: [string, SlackInput][] } {
  return {
    blockIds: [...new Set([...Object.keys(form.inputs), ...submission.entries.map(([key]) => key)])],
    inputs: submission.entries.map(([key, value], index): [string, SlackInput] => [
      key,
      { type: submission.slackTypes[index % submission.slackTypes.length] ?? 'plain_text_input', value },
    ]),
  };
}
