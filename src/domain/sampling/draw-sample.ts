import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { CaseOnList } from './case-list.js';
import { GENERATOR_NAME, seededGenerator, shuffled } from './seeded-random.js';

export interface Auditor {
  readonly id: string;
  /** Their own team, whose cases they must not audit. */
  readonly teamName?: string;
}

export interface SampleRequest {
  readonly cases: readonly CaseOnList[];
  readonly size: number;
  readonly seed: string;
  /** Cases audited recently, left out of the draw. */
  readonly excluded: ReadonlySet<string>;
  readonly auditors: readonly Auditor[];
}

export interface AllocatedCase extends CaseOnList {
  readonly auditorId: string;
}

export const SAMPLING_METHOD = [
  'stratified by team, each team in proportion to its eligible cases (largest remainder)',
  `cases chosen within each team by a seeded shuffle: ${GENERATOR_NAME}`,
  'cases audited recently left out',
  'each case allocated to an auditor from another team, fewest cases first',
].join('; ');

/**
 * Draws the case sample for a Challenge Day. The same list, size, seed and exclusions always give the same
 * sample, whatever order the list came in: that is what makes the draw fair and checkable afterwards.
 */
export function drawSample(request: SampleRequest): Outcome<{ cases: AllocatedCase[]; excludedCount: number }> {
  const eligible = [...request.cases]
    .filter((entry) => !request.excluded.has(entry.caseReference))
    .sort((a, b) => a.caseReference.localeCompare(b.caseReference));
  const excludedCount = request.cases.length - eligible.length;
  if (!Number.isInteger(request.size) || request.size < 1)
    return refuse('invalid_input', 'Choose a sample of at least one case.');
  if (request.size > eligible.length) {
    return refuse(
      'invalid_input',
      `Only ${eligible.length} cases can be drawn (${excludedCount} were audited recently); choose a sample of ${eligible.length} or fewer.`,
    );
  }
  if (request.auditors.length === 0)
    return refuse('invalid_input', 'Add the auditors to the Challenge Day’s audit team first.');

  const random = seededGenerator(request.seed);
  const teams = groupByTeam(eligible);
  const quotas = proportionalQuotas(teams, request.size, eligible.length);
  const chosen = [...teams.entries()].flatMap(([team, cases]) =>
    shuffled(cases, random).slice(0, quotas.get(team) ?? 0),
  );

  const auditors = shuffled(
    [...request.auditors].sort((a, b) => a.id.localeCompare(b.id)),
    random,
  );
  const load = new Map(auditors.map((auditor) => [auditor.id, 0]));
  const allocated: AllocatedCase[] = [];
  for (const entry of chosen) {
    const candidates = auditors.filter((auditor) => auditor.teamName !== entry.teamName);
    const auditor = candidates.sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0))[0];
    if (!auditor) {
      return refuse(
        'invalid_input',
        `Every auditor is from ${entry.teamName}, so nobody can audit its case ${entry.caseReference}. Add an auditor from another team.`,
      );
    }
    load.set(auditor.id, (load.get(auditor.id) ?? 0) + 1);
    allocated.push({ ...entry, auditorId: auditor.id });
  }
  return succeed({ cases: allocated, excludedCount });
}

function groupByTeam(cases: readonly CaseOnList[]): Map<string, CaseOnList[]> {
  const teams = new Map<string, CaseOnList[]>();
  for (const entry of [...cases].sort(
    (a, b) => a.teamName.localeCompare(b.teamName) || a.caseReference.localeCompare(b.caseReference),
  )) {
    teams.set(entry.teamName, [...(teams.get(entry.teamName) ?? []), entry]);
  }
  return teams;
}

/** Each team's share of the sample, in proportion to its cases; leftover places go to the largest remainders. */
function proportionalQuotas(
  teams: ReadonlyMap<string, readonly CaseOnList[]>,
  size: number,
  total: number,
): Map<string, number> {
  const exact = [...teams.entries()].map(([team, cases]) => ({
    team,
    exact: (size * cases.length) / total,
    available: cases.length,
  }));
  const quotas = new Map(exact.map(({ team, exact: share }) => [team, Math.floor(share)]));
  let left = size - [...quotas.values()].reduce((sum, quota) => sum + quota, 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.team.localeCompare(b.team),
  );
  for (const { team, available } of byRemainder) {
    if (left === 0) break;
    if ((quotas.get(team) ?? 0) < available) {
      quotas.set(team, (quotas.get(team) ?? 0) + 1);
      left -= 1;
    }
  }
  return quotas;
}
