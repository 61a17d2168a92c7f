import type { CaseFinding } from '../case-finding/case-finding.js';
import type { Actor } from '../people/actor.js';
import type { CaseSample } from '../sampling/case-sample.js';
import { succeed, type Outcome } from '../shared/domain-error.js';
import type { AuditEvent, AuditedEntityKind } from './audit-event.js';
import { caseScopeOfDay, mayReadCaseAuditTrail, type CaseScope } from '../case-detail/permissions.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';

export interface CaseAuditTrailPorts {
  /** Every finding recorded for the case reference, in any district. */
  findingsForCase(caseReference: string): Promise<CaseFinding[]>;
  /** Every case sample the reference was drawn in. */
  samplesWithCase(caseReference: string): Promise<CaseSample[]>;
  findDay(id: string): Promise<ChallengeDay | null>;
  /** The audit events of one record, oldest first. */
  trailFor(kind: AuditedEntityKind, entityId: string): Promise<AuditEvent[]>;
}

/** One thing that happened to a case's records: who did it, when, and what, without any free text. */
export interface CaseAuditEntry {
  readonly at: Date;
  readonly actorId: string;
  readonly what: 'sampled' | 'submitted' | 'moderated' | 'viewed' | 'changed';
  /** The finding or sample the event is about. */
  readonly recordId: string;
  /** For a sample, who the case was given to; for a moderation, which grades moved (grade words only). */
  readonly allocatedToId?: string;
  readonly detail?: string;
}

export interface CaseAuditTrail {
  readonly caseReference: string;
  /** Oldest first. */
  readonly entries: readonly CaseAuditEntry[];
}

const WHAT_OF_TRANSITION: Record<string, CaseAuditEntry['what']> = {
  submit: 'submitted',
  moderate: 'moderated',
  view: 'viewed',
};

/**
 * "audit trail for case CR-104233": every audit event about the case reference's records — its findings
 * submitted, moderated and viewed, and the samples it was drawn in — for those who need to know the case. It
 * reads the append-only trail and changes nothing.
 */
export async function readCaseAuditTrail(
  ports: CaseAuditTrailPorts,
  caseReference: string,
  actor: Actor,
): Promise<Outcome<CaseAuditTrail>> {
  const [findings, samples] = await Promise.all([
    ports.findingsForCase(caseReference),
    ports.samplesWithCase(caseReference),
  ]);
  const places = [...findings, ...samples];
  const scopes = await Promise.all(
    places.map(async (record): Promise<CaseScope> => {
      const day = await ports.findDay(record.challengeDayId);
      return caseScopeOfDay(day ?? { districtId: record.districtId, auditTeamIds: [] });
    }),
  );
  const allowed = mayReadCaseAuditTrail(actor, scopes);
  if (!allowed.ok) return allowed;
  const findingEntries = await Promise.all(
    findings.map(async (finding) =>
      (await ports.trailFor('case_finding', finding._id)).map((event): CaseAuditEntry => ({
        at: event.at,
        actorId: event.actorId,
        what: WHAT_OF_TRANSITION[event.transition] ?? 'changed',
        recordId: finding._id,
        ...(event.transition === 'moderate' && event.note ? { detail: event.note } : {}),
      })),
    ),
  );
  const sampleEntries = await Promise.all(
    samples.map(async (sample) => {
      const allocatedToId = sample.cases.find((entry) => entry.caseReference === caseReference)?.auditorId;
      return (await ports.trailFor('case_sample', sample._id)).map((event): CaseAuditEntry => ({
        at: event.at,
        actorId: event.actorId,
        what: 'sampled',
        recordId: sample._id,
        ...(allocatedToId ? { allocatedToId } : {}),
      }));
    }),
  );
  const entries = [...sampleEntries.flat(), ...findingEntries.flat()].sort(
    (first, second) => first.at.getTime() - second.at.getTime(),
  );
  return succeed({ caseReference, entries });
}
