import { actOnSafeguardingAlert } from '../../domain/case-finding/act-on-safeguarding-alert.js';
import { safeguardingAlertKey } from '../../domain/case-finding/submit-case-finding.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { peopleNames } from '../present/people-names.js';
import { safeguardingAlertCard } from '../present/safeguarding-alert-card.js';
import { defineVerb } from './card-verb.js';
import { caseFindingContext } from './verb-contexts.js';

/**
 * "I have acted" on the immediate safeguarding alert: recorded once per person and audited; every copy of
 * the alert, each person's, then shows who has acted and when.
 */
export const safeguardingActedVerb = defineVerb({
  name: 'safeguarding.acted',
  context: caseFindingContext,
  submission: noInputSubmissionSchema,
  form: null,
  // Only the people the alert was for: the domain command knows them, and tells anyone else who they are.
  mayUse: anyRegisteredPerson,
  async handle(deps, { person, actor, context, commandId, now }) {
    const acted = await actOnSafeguardingAlert(
      {
        findFinding: (id) => deps.stores.caseFindings.findById(id),
        claimActed: async (stepId, step, claimCommandId) => {
          const earlier = await deps.stores.transitionSteps.claim({
            _id: stepId,
            commandId: claimCommandId,
            at: step.at,
            after: step,
          });
          return earlier?.at ?? step.at;
        },
        saveActed: (id, step) => deps.stores.caseFindings.saveActedOn(id, step),
        recordAudit: (event) => deps.stores.auditEvents.record(event),
        namesOf: (ids) => peopleNames(deps.stores, ids),
      },
      context.caseFindingId,
      { actor, commandId, now },
    );
    if (!acted.ok) return acted;
    const findingId = acted.value.finding._id;
    await deps.refreshDelivered(safeguardingAlertKey(findingId), {
      kind: 'safeguarding_alert',
      caseFindingId: findingId,
    });
    const card = await safeguardingAlertCard(deps.stores, findingId, person._id);
    if (!card) return refuse('not_found', 'That safeguarding alert was not found among those you may see.');
    return succeed({ ...card, audience: 'everyone' });
  },
});
