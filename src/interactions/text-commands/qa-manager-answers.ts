import { actorFor, hasRole } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { formatCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';

/** "show failed deliveries": messages the outbox gave up on, with the reason, newest first. */
export async function failedDeliveries(deps: InteractionDeps, person: Person, now: Date): Promise<Reply> {
  if (!hasRole(actorFor(person), 'qa_manager'))
    throw new DomainError('not_allowed', 'Only a QA manager can see failed deliveries.');
  const failed = await deps.stores.outbox.failedDeliveries(20);
  return receipt(
    failed.length === 0 ? 'No failed deliveries' : `${failed.length} failed deliveries (newest first)`,
    'Challenge Day bot',
    now,
    failed.map((entry) => ({
      title: `${entry.key} → ${entry.platform}`,
      value: entry.lastError ?? 'unknown reason',
    })),
  );
}

/** "audit trail for case CR-104233" */
export async function caseAuditTrail(
  deps: InteractionDeps,
  person: Person,
  caseReference: string,
  now: Date,
): Promise<Reply> {
  if (!hasRole(actorFor(person), 'qa_manager'))
    throw new DomainError('not_allowed', 'Only a QA manager can read the audit trail.');
  const findings = await deps.stores.caseFindings.collection.raw
    .find({ caseReference })
    .sort({ submittedAt: 1 })
    .toArray();
  const trail = deps.stores.caseFindings.collection.readAll(findings);
  return receipt(
    `Audit trail for case ${caseReference}`,
    'Challenge Day bot',
    now,
    trail.map((finding) => ({
      title: formatCalendarDate(finding.submittedAt),
      value: `Finding submitted by ${finding.auditorId} (Challenge Day ${finding.challengeDayId})`,
    })),
  );
}
