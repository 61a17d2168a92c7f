import type { AuditEvent } from '../audit/audit-event.js';
import { mayKnowOfCase } from '../case-detail/permissions.js';
import { either } from '../people/not-registered.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { CaseHandback } from './case-handback.js';

type Acknowledgement = NonNullable<CaseHandback['acknowledged']>;

export interface CaseHandbackAcknowledgePorts {
  findHandback(id: string): Promise<CaseHandback | null>;
  /**
   * Claims the acknowledgement (a unique step, so two presses at once are one): null when this press claimed
   * it, else the acknowledgement as first claimed and the command that claimed it.
   */
  claimAcknowledged(
    stepId: string,
    acknowledgement: Acknowledgement,
    commandId: string,
  ): Promise<{ acknowledgement: Acknowledgement; commandId: string } | null>;
  /** Notes the acknowledgement on the handback, unless one is noted already. */
  saveAcknowledged(id: string, acknowledgement: Acknowledgement): Promise<void>;
  recordAudit(event: AuditEvent): Promise<void>;
  namesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/**
 * The manager a case's findings went to acknowledges them: once for the case (one of several district
 * managers standing in acknowledges for all), stored with who and when, and audited in the case's trail.
 * A second press is told who already acknowledged them; anyone else who may know of the case is told who
 * can, and to anyone else the findings are not found.
 */
export async function acknowledgeCaseHandback(
  ports: CaseHandbackAcknowledgePorts,
  handbackId: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<CaseHandback>> {
  const { actor, commandId, now } = context;
  const handback = await ports.findHandback(handbackId);
  const wasFor = handback?.recipientIds.includes(actor.id) ?? false;
  if (!handback || (!wasFor && !mayKnowOfCase(actor, handback.districtId))) {
    return refuse('not_found', 'Those case findings were not found among those you may see.');
  }
  if (!wasFor) {
    const names = await ports.namesOf(handback.recipientIds);
    return refuse(
      'not_allowed',
      `Only the manager case ${handback.caseReference}’s findings were sent to can acknowledge them. Ask ${either(
        handback.recipientIds.map((id) => names.get(id) ?? 'a manager'),
      )}.`,
    );
  }
  const stepId = `case_handback:${handback._id}:acknowledge`;
  const mine = { byId: actor.id, at: now };
  const earlier = await ports.claimAcknowledged(stepId, mine, commandId);
  const acknowledgement = earlier?.acknowledgement ?? mine;
  // Written again on a repeat too (a no-op then): the first press may have stopped before writing them.
  await ports.saveAcknowledged(handback._id, acknowledgement);
  await ports.recordAudit({
    _id: stepId,
    entityKind: 'case',
    entityId: handback.caseReference,
    transition: 'acknowledge_findings',
    actorId: acknowledgement.byId,
    at: acknowledgement.at,
    commandId: earlier?.commandId ?? commandId,
    before: 'sent',
    after: 'acknowledged',
    caseReferences: [handback.caseReference],
    districtId: handback.districtId,
  });
  if (earlier && earlier.commandId !== commandId) {
    const name = (await ports.namesOf([acknowledgement.byId])).get(acknowledgement.byId) ?? 'a manager';
    return refuse(
      'invalid_transition',
      `Case ${handback.caseReference}’s findings were already acknowledged by ${acknowledgement.byId === actor.id ? 'you' : name}; nothing more is recorded.`,
    );
  }
  return succeed({ ...handback, acknowledged: acknowledgement });
}
