import type { AuditEvent } from '../audit/audit-event.js';
import { mayKnowOfFinding } from '../case-detail/permissions.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { CaseFinding } from './case-finding.js';
import { caseTagOf } from './case-tag.js';
import { either } from '../people/not-registered.js';

export interface SafeguardingActPorts {
  findFinding(id: string): Promise<CaseFinding | null>;
  /**
   * Claims the person's acting on the alert (a unique step, so two presses at once are one) and returns when
   * they first did, whichever press that was.
   */
  claimActed(stepId: string, acted: { personId: string; at: Date }, commandId: string): Promise<Date>;
  saveActed(findingId: string, acted: { personId: string; at: Date }): Promise<void>;
  recordAudit(event: AuditEvent): Promise<void>;
  namesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/**
 * "I have acted" on an immediate safeguarding alert: recorded once per person, with when they first said so,
 * and audited. Only the people the alert was for may say it; anyone else who may know of the finding is told
 * who can, and to anyone else it is not found.
 */
export async function actOnSafeguardingAlert(
  ports: SafeguardingActPorts,
  findingId: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<{ finding: CaseFinding; actedAt: Date }>> {
  const { actor } = context;
  const finding = await ports.findFinding(findingId);
  const alerted = finding?.safeguardingConcern.raised ? (finding.safeguardingConcern.alertedIds ?? []) : [];
  const wasFor = alerted.includes(actor.id);
  if (!finding || alerted.length === 0 || (!wasFor && !mayKnowOfFinding(actor, finding))) {
    return refuse('not_found', 'That safeguarding alert was not found among those you may see.');
  }
  if (!wasFor) {
    const names = await ports.namesOf(alerted);
    return refuse(
      'not_allowed',
      `Only the people this alert went to can say they have acted on it. Ask one of them: ${either(
        alerted.map((id) => names.get(id) ?? 'a manager'),
      )}.`,
    );
  }
  const stepId = `case_finding:${finding._id}:acted_on_alert:${actor.id}`;
  const actedAt = await ports.claimActed(stepId, { personId: actor.id, at: context.now }, context.commandId);
  await ports.saveActed(finding._id, { personId: actor.id, at: actedAt });
  // Written again on a repeat too (a no-op then): the first press may have stopped before writing it.
  await ports.recordAudit({
    _id: stepId,
    entityKind: 'case_finding',
    entityId: finding._id,
    transition: 'act_on_alert',
    actorId: actor.id,
    at: actedAt,
    commandId: context.commandId,
    before: 'alerted',
    after: 'acted_on',
    ...caseTagOf(finding),
  });
  return succeed({ finding, actedAt });
}
