import type { AuditEvent } from '../audit/audit-event.js';
import {
  purgeRules,
  purgedKindLabel,
  type PurgeRule,
  type PurgedRecordKind,
  type RetentionPeriods,
} from './retention-periods.js';

export interface PurgePorts {
  /** The ids of the records a rule finds past their retention. */
  findExpired(rule: PurgeRule): Promise<string[]>;
  /** Removes those records (and any step records kept beside them); returns how many were removed. */
  remove(kind: PurgedRecordKind, ids: readonly string[]): Promise<number>;
  recordAudit(event: AuditEvent): Promise<void>;
}

/**
 * The daily purge: every record past its retention period is removed, and the audit trail says what kind
 * and how many — never what they held. The event is written before the records are removed and keyed by
 * the run and kind, so a run that stops half-way and is tried again neither loses nor doubles it.
 */
export async function purgeExpiredRecords(
  ports: PurgePorts,
  periods: RetentionPeriods,
  context: { runId: string; now: Date },
): Promise<Partial<Record<PurgedRecordKind, number>>> {
  const purged: Partial<Record<PurgedRecordKind, number>> = {};
  for (const rule of purgeRules(periods, context.now)) {
    const ids = await ports.findExpired(rule);
    if (ids.length === 0) continue;
    await ports.recordAudit({
      _id: `record_purge:${rule.kind}:${context.runId}`,
      entityKind: 'record_purge',
      entityId: rule.kind,
      transition: 'purge',
      actorId: 'system',
      at: context.now,
      commandId: context.runId,
      before: 'kept',
      after: 'purged',
      note: `${purgedKindLabel(rule.kind)}: ${ids.length} purged (${rule.kept})`,
    });
    purged[rule.kind] = await ports.remove(rule.kind, ids);
  }
  return purged;
}
