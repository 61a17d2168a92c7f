import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import type { Team } from '../districts/team.js';
import type { Person } from '../people/person.js';
import type { CaseSample } from '../sampling/case-sample.js';
import { caseScopeOfDay, type CaseScope } from './permissions.js';

/** The records that say where a case sits: its Challenge Day, the sample it was drawn in, its district's teams. */
export interface CaseScopeRecords {
  findDay(id: string): Promise<ChallengeDay | null>;
  /** The case sample drawn for a Challenge Day, if one was. */
  sampleOfDay(challengeDayId: string): Promise<CaseSample | null>;
  /** A district's teams, retired ones too. */
  teamsInDistrict(districtId: string): Promise<Team[]>;
  findPerson(id: string): Promise<Person | null>;
}

/**
 * Where one case looked at on one Challenge Day sits (a finding's, a sample's): the day's district and auditors,
 * and the current manager of the team the day's sample says holds the case (the one its findings are sent to
 * once the report is verified, case-handback/). `sample` is passed when the caller already
 * has it. A record whose day is gone keeps its own district, with no auditors.
 */
export async function scopeOfCase(
  records: CaseScopeRecords,
  where: { readonly challengeDayId: string; readonly districtId: string },
  caseReference: string,
  sample?: CaseSample | null,
): Promise<CaseScope> {
  const [day, drawn] = await Promise.all([
    records.findDay(where.challengeDayId),
    sample === undefined ? records.sampleOfDay(where.challengeDayId) : sample,
  ]);
  const scope = caseScopeOfDay(day ?? { districtId: where.districtId, auditTeamIds: [] });
  const named = drawn
    ? holdingTeamManagerId(drawn, caseReference, await records.teamsInDistrict(drawn.districtId))
    : undefined;
  // The team's current manager: one who has left no longer needs to know its cases (nor can ask).
  const manager = named ? await records.findPerson(named) : null;
  return manager && !manager.leftAt ? { ...scope, teamManagerId: manager._id } : scope;
}

/**
 * The manager of the team a sample records as holding the case (holdingTeam). A team that is no team on record
 * gives no team manager: the district's managers, who see every case of the district, stand in.
 */
export function holdingTeamManagerId(
  sample: Pick<CaseSample, 'cases' | 'districtId'>,
  caseReference: string,
  teams: readonly Team[],
): string | undefined {
  return holdingTeam(sample, caseReference, teams)?.managerId;
}

/**
 * The team a sample records as holding the case. The sample names the team as the case list gave it, in
 * words: it is matched to the district's team of that name, ignoring case as team names are unique that way.
 * A name that is no team on record (free text, a list older than the team records) gives no team, and
 * neither does a retired team, which holds no cases any more.
 */
export function holdingTeam(
  sample: {
    readonly districtId: string;
    readonly cases: readonly { readonly caseReference: string; readonly teamName: string }[];
  },
  caseReference: string,
  teams: readonly Team[],
): Team | undefined {
  const teamName = sample.cases.find((entry) => entry.caseReference === caseReference)?.teamName;
  if (!teamName) return undefined;
  const named = teamName.trim().toLowerCase();
  return teams.find(
    (candidate) =>
      candidate.districtId === sample.districtId &&
      !candidate.retiredAt &&
      candidate.name.trim().toLowerCase() === named,
  );
}
