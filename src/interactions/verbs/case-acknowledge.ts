import { acknowledgeCaseHandback } from '../../domain/case-handback/acknowledge-case-handback.js';
import { caseHandbackAcknowledgementSchema, caseHandbackKey } from '../../domain/case-handback/case-handback.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { caseHandbackCard } from '../present/case-handback-card.js';
import { peopleNames } from '../present/people-names.js';
import { defineVerb } from './card-verb.js';
import { caseHandbackContext } from './verb-contexts.js';

/**
 * "Acknowledge" on a case's findings sent back to the manager of the team holding it: recorded once for the
 * case, with who and when, in its audit trail; every copy of the card then shows it.
 */
export const caseAcknowledgeVerb = defineVerb({
  name: 'case.acknowledge',
  context: caseHandbackContext,
  submission: noInputSubmissionSchema,
  form: null,
  // Only the manager it went to: the domain command knows who that is, and tells anyone else.
  mayUse: anyRegisteredPerson,
  async handle(deps, { actor, context, commandId, now }) {
    const acknowledged = await acknowledgeCaseHandback(
      {
        findHandback: (id) => deps.stores.caseHandbacks.findById(id),
        claimAcknowledged: async (stepId, acknowledgement, claimCommandId) => {
          const earlier = await deps.stores.transitionSteps.claim({
            _id: stepId,
            commandId: claimCommandId,
            at: acknowledgement.at,
            after: acknowledgement,
          });
          // The step keeps the acknowledgement as first claimed; read back through its schema.
          return earlier
            ? { acknowledgement: caseHandbackAcknowledgementSchema.parse(earlier.after), commandId: earlier.commandId }
            : null;
        },
        saveAcknowledged: (id, acknowledgement) => deps.stores.caseHandbacks.saveAcknowledged(id, acknowledgement),
        recordAudit: (event) => deps.stores.auditEvents.record(event),
        namesOf: (ids) => peopleNames(deps.stores, ids),
      },
      context.caseHandbackId,
      { actor, commandId, now },
    );
    if (!acknowledged.ok) return acknowledged;
    const handbackId = acknowledged.value._id;
    await deps.refreshDelivered(caseHandbackKey(handbackId), { kind: 'case_handback', caseHandbackId: handbackId });
    const card = await caseHandbackCard(deps.stores, handbackId);
    if (!card) return refuse('not_found', 'Those case findings were not found among those you may see.');
    return succeed({ ...card, audience: 'everyone' });
  },
});
