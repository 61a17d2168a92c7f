import type { AuditEvent } from '../audit/audit-event.js';
import { linkRefusedEvent } from '../audit/link-refused.js';
import { mayReadReport, mayReadReportCaseSections } from '../case-detail/permissions.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { Report } from './report.js';

export interface ReportAccessPorts {
  findReport(id: string): Promise<Report | null>;
  findDay(id: string): Promise<ChallengeDay | null>;
  recordAudit(event: AuditEvent): Promise<void>;
  /** The references of the cases audited on a day, so a view of their notes is in each case's trail. */
  caseReferencesOfDay(challengeDayId: string): Promise<string[]>;
}

/** The report a person may open, and whether its case by case sections are for them. */
export interface ReportAccess {
  readonly report: Report;
  readonly day: ChallengeDay;
  readonly withCaseSections: boolean;
}

const NOT_FOUND = 'That report was not found.';

async function accessFor(
  ports: Omit<ReportAccessPorts, 'caseReferencesOfDay'>,
  reportId: string,
  actor: Actor,
): Promise<Outcome<ReportAccess>> {
  const report = await ports.findReport(reportId);
  const day = report ? await ports.findDay(report.challengeDayId) : null;
  // A report the person may not see is "not found", so its existence is not revealed.
  if (!report || !day || !mayReadReport(actor, report, day)) return refuse('not_found', NOT_FOUND);
  return succeed({ report, day, withCaseSections: mayReadReportCaseSections(actor, report, day) });
}

/**
 * "Open the report" pressed: when the person may see the report, the grant of a link bound to them until
 * `expiresAt` is recorded in the audit trail, and they are told which version they will see.
 */
export async function grantReportLink(
  ports: Omit<ReportAccessPorts, 'caseReferencesOfDay'>,
  reportId: string,
  context: { actor: Actor; commandId: string; now: Date; expiresAt: Date },
): Promise<Outcome<ReportAccess>> {
  const access = await accessFor(ports, reportId, context.actor);
  if (!access.ok) return access;
  await ports.recordAudit({
    _id: `report:${reportId}:link_granted:${context.commandId}`.slice(0, 300),
    entityKind: 'report',
    entityId: reportId,
    transition: 'link_granted',
    actorId: context.actor.id,
    at: context.now,
    commandId: context.commandId,
    before: access.value.report.status,
    after: access.value.report.status,
    note: `link for ${context.actor.id} until ${context.expiresAt.toISOString()}${access.value.withCaseSections ? '' : ', without case sections'}`,
  });
  return access;
}

/**
 * The report page, or its PDF, opened with a link made for this person: they must still be allowed to see it
 * (a role may have been taken away since). Each open is recorded, with the file and the version shown.
 */
export async function openReport(
  ports: ReportAccessPorts,
  reportId: string,
  context: { actor: Actor; openId: string; now: Date; file: 'page' | 'PDF' },
): Promise<Outcome<ReportAccess>> {
  const access = await accessFor(ports, reportId, context.actor);
  if (!access.ok) {
    const { actor, openId, now } = context;
    await recordReportLinkRefused(ports, { reportId, personId: actor.id, why: 'not_allowed', openId, now });
    return access;
  }
  const { report, day, withCaseSections } = access.value;
  await ports.recordAudit(
    reportViewEvent(report, {
      actorId: context.actor.id,
      commandId: context.openId,
      now: context.now,
      note: `report ${context.file} ${withCaseSections ? 'with' : 'without'} case sections`,
      caseReferences: withCaseSections ? await ports.caseReferencesOfDay(day._id) : [],
    }),
  );
  return access;
}

/**
 * A link that did not open: expired, changed, made for someone else, or for someone no longer allowed.
 * The report and person ids are recorded as the link named them (when they are ids at all); the signature
 * never is.
 */
export async function recordReportLinkRefused(
  ports: Pick<ReportAccessPorts, 'recordAudit'>,
  refused: { reportId: string; personId: string | undefined; why: string; openId: string; now: Date },
): Promise<void> {
  await ports.recordAudit(linkRefusedEvent('report', { ...refused, id: refused.reportId }, 'report'));
}

/**
 * One view of a report: the page opened, or the draft card with its notes case by case shown in a chat.
 * When it showed notes case by case, it names those cases, so the view is in each case's audit trail.
 */
export function reportViewEvent(
  report: Report,
  view: { actorId: string; commandId: string; now: Date; note: string; caseReferences: readonly string[] },
): AuditEvent {
  return {
    _id: `report:${report._id}:view:${view.commandId}`.slice(0, 300),
    entityKind: 'report',
    entityId: report._id,
    transition: 'view',
    actorId: view.actorId,
    at: view.now,
    commandId: view.commandId,
    before: report.status,
    after: report.status,
    note: view.note,
    ...(view.caseReferences.length > 0
      ? { caseReferences: [...new Set(view.caseReferences)].slice(0, 500), districtId: report.districtId }
      : {}),
  };
}
