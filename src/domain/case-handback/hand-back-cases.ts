import type { Action } from '../action/action.js';
import { holdingTeam, type CaseScopeRecords } from '../case-detail/case-scope.js';
import type { CaseFinding } from '../case-finding/case-finding.js';
import type { Delivery } from '../notifications/notification.js';
import type { Person } from '../people/person.js';
import type { Role } from '../people/roles.js';
import type { Report } from '../reports/report.js';
import { caseHandbackId, caseHandbackKey, type CaseHandback } from './case-handback.js';
import { whoReceivesCase } from './who-receives-case.js';

/** The records that say who needs to know a case also say whom its findings go to. */
export interface CaseHandbackPorts extends Pick<CaseScopeRecords, 'sampleOfDay' | 'teamsInDistrict' | 'findPerson'> {
  findingsOfDay(challengeDayId: string): Promise<CaseFinding[]>;
  withRoleInDistrict(role: Role, districtId: string): Promise<Person[]>;
  /** The verified plan's actions. */
  actionsOf(report: Report): Promise<Action[]>;
  /** Stores the handback unless the case's is stored already, and returns the one stored. */
  saveOnce(handback: CaseHandback): Promise<CaseHandback>;
}

/**
 * Back to the case: once a report is verified, each case audited that day goes, as one card of its own, to
 * the manager of the team holding it (whoReceivesCase), with its findings and the actions raised from them.
 * One card per case, not one per manager: each case is acknowledged, audited and read on its own, as its
 * trail and need-to-know are the case's, and a card stays small whatever a manager holds. Each handback is
 * stored once under an id that follows from the report and case, and its card keyed by it, so a replayed
 * verification finds the same handbacks, with the people chosen the first time, and sends nothing new.
 */
export async function handBackCases(
  ports: CaseHandbackPorts,
  report: Report,
  context: { readonly reviewerId: string; readonly now: Date },
): Promise<Delivery[]> {
  if (report.status !== 'approved') return [];
  const [findings, sample, teams, actions, districtManagers, seniorManagers] = await Promise.all([
    ports.findingsOfDay(report.challengeDayId),
    ports.sampleOfDay(report.challengeDayId),
    ports.teamsInDistrict(report.districtId),
    ports.actionsOf(report),
    ports.withRoleInDistrict('district_manager', report.districtId),
    ports.withRoleInDistrict('senior_manager', report.districtId),
  ]);
  const byCase = new Map<string, CaseFinding[]>();
  for (const finding of findings)
    byCase.set(finding.caseReference, [...(byCase.get(finding.caseReference) ?? []), finding]);

  const deliveries: Delivery[] = [];
  for (const [caseReference, ofCase] of [...byCase].sort(([first], [second]) => first.localeCompare(second))) {
    const team = sample ? holdingTeam(sample, caseReference, teams) : undefined;
    const manager = team ? await ports.findPerson(team.managerId) : null;
    const findingIds = ofCase.map((finding) => finding._id);
    const teamName = sample?.cases.find((entry) => entry.caseReference === caseReference)?.teamName;
    const handback = await ports.saveOnce({
      _id: caseHandbackId(report._id, caseReference),
      reportId: report._id,
      challengeDayId: report.challengeDayId,
      districtId: report.districtId,
      caseReference,
      findingIds,
      actionIds: actions
        .filter((action) => action.source.kind === 'case_finding' && findingIds.includes(action.source.id))
        .map((action) => action._id),
      ...(teamName ? { teamName } : {}),
      ...whoReceivesCase(team, manager, { districtManagers, seniorManagers }),
      sentAt: context.now,
    });
    for (const personId of handback.recipientIds) {
      deliveries.push({
        key: caseHandbackKey(handback._id),
        notification: { kind: 'case_handback', caseHandbackId: handback._id },
        destination: { kind: 'person', personId },
        // The senior manager who verified the report is told of a manager the bot turns out unable to reach.
        senderId: context.reviewerId,
      });
    }
  }
  return deliveries;
}
