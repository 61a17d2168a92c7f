import type { Delivery } from '../notifications/notification.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { alreadyApplied, type TransitionRecords } from '../shared/records.js';
import type { Report } from './report.js';
import { maySubmitReports } from './permissions.js';

export interface SubmitReportPorts {
  readonly reports: TransitionRecords<Report>;
  /** The senior managers who may verify a report for the district. */
  seniorManagerIds(districtId: string): Promise<string[]>;
}

/**
 * The QA manager submits the draft, as edited, for verification: each senior manager of the district
 * who did not submit it is sent the verification card. Sending the same submission again sends nothing
 * new (the deliveries' keys follow the report's version).
 */
export async function submitReport(
  ports: SubmitReportPorts,
  reportId: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<{ report: Report; deliveries: Delivery[] }>> {
  const { actor, commandId, now } = context;
  const allowed = maySubmitReports(actor);
  if (!allowed.ok) return allowed;
  const report = await ports.reports.findById(reportId);
  if (!report) return refuse('not_found', 'That report was not found.');
  if (alreadyApplied(report, commandId))
    return succeed({ report, deliveries: await verificationRequests(ports, report) });
  if (report.status !== 'draft') {
    return refuse(
      'invalid_transition',
      report.status === 'submitted'
        ? 'This report is already with the senior managers for verification.'
        : 'This report is already verified.',
    );
  }
  const saved = await ports.reports.saveTransition(report, {
    ...report,
    status: 'submitted',
    draftedById: actor.id,
    history: [
      ...report.history,
      { commandId, transition: 'submit', actorId: actor.id, at: now, from: 'draft', to: 'submitted' },
    ],
  });
  if (saved.kind === 'missing') return refuse('not_found', 'That report was not found.');
  if (saved.kind === 'conflict')
    return refuse('conflict', 'Someone changed this report a moment ago. Look at it again, then submit.');
  return succeed({ report: saved.entity, deliveries: await verificationRequests(ports, saved.entity) });
}

async function verificationRequests(ports: SubmitReportPorts, report: Report): Promise<Delivery[]> {
  if (report.status !== 'submitted') return [];
  const reviewers = (await ports.seniorManagerIds(report.districtId)).filter((id) => id !== report.draftedById);
  return reviewers.map((personId) => ({
    key: `report-verification:${report._id}:${report.version}`,
    notification: { kind: 'report_verification', reportId: report._id },
    destination: { kind: 'person', personId },
  }));
}
