import { readCaseAuditTrail } from '../../domain/audit/case-audit-trail.js';
import { actorFor } from '../../domain/people/actor.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { TextMessage } from './text-message.js';
import { caseScopeRecords } from '../case-scope-records.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { auditTrailCard } from '../present/audit-trail-card.js';
import type { Reply } from '../reply.js';

/**
 * "audit trail for case CR-104233": those who need to know the case read who did what to its records, and only in a
 * personal chat, since the trail says who looked at which child's case.
 */
export async function showCaseAuditTrail(
  deps: InteractionDeps,
  message: TextMessage,
  caseReference: string,
  now: Date,
): Promise<Outcome<Reply>> {
  // Asked in a channel, nothing is read (and no view recorded): the answer would be seen by others.
  if (message.conversation.kind !== 'personal') {
    return refuse('not_allowed', 'The audit trail is shown only in a personal chat with the bot; ask me there.');
  }
  const trail = await readCaseAuditTrail(
    {
      findingsForCase: (reference) => deps.stores.caseFindings.forCase(undefined, reference),
      samplesWithCase: (reference) => deps.stores.caseSamples.withCase(reference),
      ...caseScopeRecords(deps.stores),
      trailFor: (kind, id) => deps.stores.auditEvents.trailFor(kind, id),
      eventsAboutCase: (reference) => deps.stores.auditEvents.aboutCase(reference),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    caseReference,
    { actor: actorFor(message.person), commandId: `trail:${message.person._id}:${now.toISOString()}`, now },
  );
  if (!trail.ok) return trail;
  return succeed(await auditTrailCard(deps.stores, trail.value, now));
}
