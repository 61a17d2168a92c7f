import { OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import { submitCaseFinding } from '../../domain/case-finding/submit-case-finding.js';
import { FOCUS_GROUP_KIND_LABELS } from '../../domain/capture/focus-groups.js';
import {
  submitFocusGroupFeedback,
  submitObservedVisit,
  type CapturePorts,
} from '../../domain/capture/submit-capture.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import type { VerbHandler } from './verb-handler.js';

/** An auditor's case finding: stored once; a safeguarding concern alerts the managers at once. */
export const findingSubmitted: VerbHandler<'finding.submit'> = async (
  deps,
  { actor, person, context, submission, commandId, now },
) => {
  const submitted = await submitCaseFinding(
    {
      findChallengeDay: (id) => deps.stores.challengeDays.findById(id),
      submit: (finding) => deps.stores.caseFindings.submit(finding),
      safeguardingContacts: async (districtId) => [
        ...(await deps.stores.people.withRole('qa_manager')),
        ...(await deps.stores.people.withRoleInDistrict('district_manager', districtId)),
      ],
    },
    context.challengeDayId,
    submission,
    { actor, commandId, now },
  );
  if (!submitted.ok) throw submitted.error;
  const { finding, deliveries } = submitted.value;
  await deps.deliver(deliveries);
  return receipt(
    `Case finding saved: ${finding.caseReference}`,
    person.displayName,
    finding.submittedAt,
    [
      { title: 'Case', value: finding.caseReference },
      { title: 'Overall grade', value: OFSTED_GRADE_LABELS[finding.overallGrade] },
      { title: 'Recommendations', value: String(finding.recommendations.length) },
      ...(finding.safeguardingConcern.raised ? [{ title: 'Immediate safeguarding concern', value: 'Raised' }] : []),
    ],
    finding.safeguardingConcern.raised ? 'The QA manager and the district manager have been alerted now.' : '',
  );
};

function capturePorts(deps: InteractionDeps): CapturePorts {
  return {
    findChallengeDay: (id) => deps.stores.challengeDays.findById(id),
    submitFocusGroupFeedback: (feedback) => deps.stores.focusGroupFeedback.submit(feedback),
    submitObservedVisit: (visit) => deps.stores.observedVisits.submit(visit),
  };
}

export const focusGroupSubmitted: VerbHandler<'focusGroup.submit'> = async (
  deps,
  { actor, person, context, submission, commandId, now },
) => {
  const { themePositions, ...answers } = submission;
  const themes = themePositions.map((position) => deps.servicePriorities[position - 1] ?? `priority ${position}`);
  const saved = await submitFocusGroupFeedback(
    capturePorts(deps),
    context.challengeDayId,
    { ...answers, themes },
    { actor, commandId, now },
  );
  if (!saved.ok) throw saved.error;
  const { feedback } = saved.value;
  return receipt('Focus-group feedback saved', person.displayName, feedback.submittedAt, [
    { title: 'Group', value: FOCUS_GROUP_KIND_LABELS[feedback.group] },
    { title: 'Attending', value: String(feedback.attendeeCount) },
    { title: 'Themes', value: feedback.themes.join('; ') || 'None chosen' },
  ]);
};

export const visitSubmitted: VerbHandler<'visit.submit'> = async (
  deps,
  { actor, person, context, submission, commandId, now },
) => {
  const saved = await submitObservedVisit(capturePorts(deps), context.challengeDayId, submission, {
    actor,
    commandId,
    now,
  });
  if (!saved.ok) throw saved.error;
  return receipt('Observed visit saved', person.displayName, saved.value.visit.submittedAt, [
    { title: 'Worker', value: saved.value.visit.workerReference },
  ]);
};
