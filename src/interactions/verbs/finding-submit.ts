import { OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import { maySubmitFindings } from '../../domain/case-finding/permissions.js';
import { safeguardingSecondPath } from '../../domain/case-finding/safeguarding-second-path.js';
import { submitCaseFinding } from '../../domain/case-finding/submit-case-finding.js';
import { caseFindingSubmissionSchema } from '../../domain/forms/case-finding.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { safeguardingRaisedEvent } from '../../domain/webhooks/webhook-events.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { caseFindingFormFor } from '../present/day-forms.js';
import { dayHelpersOf } from '../present/day-refusal.js';
import type { Delivery } from '../../domain/notifications/notification.js';
import type { QueuedDeliveries } from '../../outbox/queue-deliveries.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import { reachNote } from '../present/reach-note.js';
import { chosenPeopleAllowed } from '../people-pickers/chosen-people-check.js';
import { themeReceipt } from '../present/theme-receipt.js';
import { caseScopeRecords } from '../case-scope-records.js';
import { AUDIT_DOMAINS } from '../../domain/case-finding/audit-domains.js';
import { chosenThemesAllowed } from './chosen-themes-check.js';
import { defineVerb } from './card-verb.js';
import { challengeDayContext } from './verb-contexts.js';

/** Who the safeguarding alert reached, and who must be told by hand. */
async function safeguardingNote(
  stores: InteractionDeps['stores'],
  deliveries: readonly Delivery[],
  queued: QueuedDeliveries,
): Promise<string> {
  if (deliveries.length === 0) {
    return 'Safeguarding concern recorded. No QA or district manager is registered to alert: tell them directly.';
  }
  const reach = await reachNote(stores, deliveries, queued, { reached: 'Alerted', otherwise: 'tell them directly' });
  return `Safeguarding concern recorded. ${reach}`;
}

/** The people a delivery could not reach at all. */
function unreachedPeople(queued: QueuedDeliveries): string[] {
  return queued.unreachable.flatMap(({ destination }) => (destination.kind === 'person' ? [destination.personId] : []));
}

/** What the auditor is told of the second path, when the alert did not reach everyone. */
function managersChannelNote(told: QueuedDeliveries | null): string {
  if (!told) return '';
  return told.unreachable.length === 0
    ? 'The managers’ channel has been told who could not be alerted.'
    : 'No channel is chosen as the managers’ channel to tell instead: a QA manager can choose one with “link this channel to managers”.';
}

/** An auditor's case finding: stored once; a safeguarding concern alerts the managers at once. */
export const findingSubmitVerb = defineVerb({
  name: 'finding.submit',
  context: challengeDayContext,
  submission: caseFindingSubmissionSchema,
  form: caseFindingFormFor,
  mayUse: anyRegisteredPerson,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    // Read side by side: the day is checked (who may submit, whether it is open) as submitCaseFinding says,
    // and its sample places the case (district or MAT).
    const scope = caseScopeRecords(deps.stores);
    const [chosen, day, sample] = await Promise.all([
      chosenThemesAllowed(deps.stores, submission.learningThemeIds),
      deps.stores.challengeDays.findById(context.challengeDayId),
      scope.sampleOfDay(context.challengeDayId),
    ]);
    if (!chosen.ok) return chosen;
    // The owners are checked only on a day the auditor may submit for: any other day is "not found" below.
    const owners = submission.recommendations.flatMap((recommendation) => recommendation.suggestedOwnerId ?? []);
    if (owners.length > 0 && day && maySubmitFindings(actor, day)) {
      const chosen = await chosenPeopleAllowed(deps.stores, [
        {
          field: 'form',
          ids: owners,
          scope: { districtId: day.districtId },
          choose: 'owners of the recommendations from the people who work in this district',
        },
      ]);
      if (!chosen.ok) return chosen;
    }
    const submitted = await submitCaseFinding(
      {
        findChallengeDay: async (id) => (id === context.challengeDayId ? day : deps.stores.challengeDays.findById(id)),
        ...scope,
        sampleOfDay: async (id) => (id === context.challengeDayId ? sample : scope.sampleOfDay(id)),
        submit: (finding) => deps.stores.caseFindings.submit(finding),
        safeguardingContacts: async (districtId) => [
          ...(await deps.stores.people.withRole('qa_manager')),
          ...(await deps.stores.people.withRoleInDistrict('district_manager', districtId)),
        ],
        dayHelpers: dayHelpersOf(deps.stores),
      },
      context.challengeDayId,
      submission,
      { actor, commandId, now },
    );
    if (!submitted.ok) return submitted;
    const { finding, deliveries } = submitted.value;
    const queued = await deps.deliver(deliveries);
    const concern = finding.safeguardingConcern.raised;
    if (concern) {
      await deps.announce(finding.districtId, (district) => safeguardingRaisedEvent(finding, district, now));
    }
    const secondPath = safeguardingSecondPath(finding, unreachedPeople(queued));
    const managersTold = secondPath.length > 0 ? await deps.deliver(secondPath) : null;
    const alerted = concern
      ? [await safeguardingNote(deps.stores, deliveries, queued), managersChannelNote(managersTold)].join(' ').trim()
      : '';
    const learning = themeReceipt(chosen.value.themes, finding.learningThemeIds ?? [], [
      finding.strengths,
      finding.areasForImprovement,
      ...AUDIT_DOMAINS.map((domain) => finding.domains[domain].comment),
    ]);
    return succeed(
      receipt(
        `Case finding saved: ${finding.caseReference}`,
        person.displayName,
        finding.submittedAt,
        [
          { title: 'Case', value: finding.caseReference },
          { title: 'Overall grade', value: OFSTED_GRADE_LABELS[finding.overallGrade] },
          { title: 'Recommendations', value: String(finding.recommendations.length) },
          ...(concern ? [{ title: 'Immediate safeguarding concern', value: 'Raised' }] : []),
          learning.fact,
        ],
        [alerted, learning.suggestion].filter(Boolean).join(' '),
      ),
    );
  },
});
