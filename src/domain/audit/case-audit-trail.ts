import type { CaseFinding } from '../case-finding/case-finding.js';
import { scopeOfCase, type CaseScopeRecords } from '../case-detail/case-scope.js';
import { mayReadCaseAuditTrail, type CaseScope } from '../case-detail/permissions.js';
import type { Actor } from '../people/actor.js';
import type { CaseSample } from '../sampling/case-sample.js';
import { succeed, type Outcome } from '../shared/domain-error.js';
import type { AuditEvent, AuditedEntityKind } from './audit-event.js';

export interface CaseAuditTrailPorts extends CaseScopeRecords {
  /** Every finding recorded for the case reference, in any district. */
  findingsForCase(caseReference: string): Promise<CaseFinding[]>;
  /** Every case sample the reference was drawn in. */
  samplesWithCase(caseReference: string): Promise<CaseSample[]>;
  /** The audit events of one record, oldest first. */
  trailFor(kind: AuditedEntityKind, entityId: string): Promise<AuditEvent[]>;
  /** The audit events that name the case reference, oldest first: they outlive the records they describe. */
  eventsAboutCase(caseReference: string): Promise<AuditEvent[]>;
  recordAudit(event: AuditEvent): Promise<void>;
}

/** One thing that happened to a case's records: who did it, when, and what, without any free text. */
export interface CaseAuditEntry {
  readonly at: Date;
  readonly actorId: string;
  readonly what:
    | 'sampled'
    | 'submitted'
    | 'moderated'
    | 'viewed'
    | 'report_opened'
    | 'trail_viewed'
    | 'findings_acknowledged'
    | 'changed';
  /** The finding, sample or report the event is about (the case reference for a view of its trail). */
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

const WHAT_OF_FINDING_TRANSITION: Record<string, CaseAuditEntry['what']> = {
  submit: 'submitted',
  moderate: 'moderated',
  view: 'viewed',
};

const WHAT_OF_CASE_TRANSITION: Record<string, CaseAuditEntry['what']> = {
  view: 'trail_viewed',
  // The manager the verified findings were sent to acknowledged them (case-handback/).
  acknowledge_findings: 'findings_acknowledged',
};

function whatOf(event: AuditEvent): CaseAuditEntry['what'] {
  switch (event.entityKind) {
    case 'case_sample':
      return 'sampled';
    case 'case_finding':
      return WHAT_OF_FINDING_TRANSITION[event.transition] ?? 'changed';
    case 'report':
      return event.transition === 'view' ? 'report_opened' : 'changed';
    case 'case':
      return WHAT_OF_CASE_TRANSITION[event.transition] ?? 'changed';
    default:
      return 'changed';
  }
}

/**
 * "audit trail for case CR-104233": every audit event about the case — its findings submitted, moderated
 * and viewed, the samples it was drawn in, the report pages that showed its notes, the views of this trail —
 * for those who need to know the case. Events name the case they are about, so the trail is still told
 * after a retention purge has removed the findings. Reading it is itself recorded.
 */
export async function readCaseAuditTrail(
  ports: CaseAuditTrailPorts,
  caseReference: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<CaseAuditTrail>> {
  const [findings, samples, aboutCase] = await Promise.all([
    ports.findingsForCase(caseReference),
    ports.samplesWithCase(caseReference),
    ports.eventsAboutCase(caseReference),
  ]);
  const scopes = await Promise.all([
    ...findings.map((finding) => scopeOfCase(ports, finding, caseReference)),
    ...samples.map((sample) => scopeOfCase(ports, sample, caseReference, sample)),
    // Once the records are purged, the district the events name still says who needs to know.
    ...aboutCase.flatMap((event): CaseScope[] =>
      event.districtId ? [{ districtId: event.districtId, auditTeamIds: [] }] : [],
    ),
  ]);
  const allowed = mayReadCaseAuditTrail(context.actor, scopes);
  if (!allowed.ok) return allowed;

  const perRecord = await Promise.all([
    ...findings.map((finding) => ports.trailFor('case_finding', finding._id)),
    ...samples.map((sample) => ports.trailFor('case_sample', sample._id)),
  ]);
  // Older events name only their record; newer ones name the case too: each is listed once.
  const events = new Map<string, AuditEvent>();
  for (const event of [...perRecord.flat(), ...aboutCase]) events.set(event._id, event);
  const allocatedTo = new Map(
    samples.map((sample) => [
      sample._id,
      sample.cases.find((entry) => entry.caseReference === caseReference)?.auditorId,
    ]),
  );
  const entries = [...events.values()]
    .map((event): CaseAuditEntry => {
      const what = whatOf(event);
      const allocatedToId = what === 'sampled' ? allocatedTo.get(event.entityId) : undefined;
      return {
        at: event.at,
        actorId: event.actorId,
        what,
        recordId: event.entityId,
        ...(allocatedToId ? { allocatedToId } : {}),
        ...(what === 'moderated' && event.note ? { detail: event.note } : {}),
      };
    })
    .sort((first, second) => first.at.getTime() - second.at.getTime());
  await ports.recordAudit({
    _id: `case:${caseReference}:view:${context.commandId}`.slice(0, 300),
    entityKind: 'case',
    entityId: caseReference,
    transition: 'view',
    actorId: context.actor.id,
    at: context.now,
    commandId: context.commandId,
    before: 'none',
    after: 'none',
    note: 'audit trail shown',
    caseReferences: [caseReference],
    ...((findings[0] ?? samples[0]) ? { districtId: (findings[0] ?? samples[0])?.districtId } : {}),
  });
  return succeed({ caseReference, entries });
}
