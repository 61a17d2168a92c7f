import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { CaseOnList } from './case-list.js';
import { shuffled } from './seeded-random.js';

/** A stratum's name: its team and its case type ("type not given" for a pasted list). */
const stratumOf = (entry: CaseOnList) => `${entry.teamName} × ${entry.caseType ?? 'type not given'}`;

export interface StratifiedChoice<Case extends CaseOnList> {
  readonly chosen: Case[];
  /** How many chosen cases share their worker with another chosen case (0 when the list allowed one each). */
  readonly sharingAWorker: number;
}

/**
 * Chooses `size` cases stratified by team and case type: each stratum's places in proportion to its cases
 * (largest remainder), the cases of a stratum in the order of a seeded shuffle, at most one per worker
 * reference — a stratum that cannot fill its places otherwise takes cases of workers already chosen, and
 * that is counted. The cases must come sorted by reference, so the row order of a file never matters.
 */
export function chooseStratified<Case extends CaseOnList>(
  cases: readonly Case[],
  size: number,
  random: RandomGenerator,
): StratifiedChoice<Case> {
  const strata = new Map<string, Case[]>();
  for (const entry of cases) strata.set(stratumOf(entry), [...(strata.get(stratumOf(entry)) ?? []), entry]);
  const ordered = [...strata.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, members]) => ({ name, members: shuffled(members, random) }));
  const quotas = proportionalQuotas(ordered, size, cases.length);

  const workersTaken = new Set<string>();
  const taken = new Set<Case>();
  const take = (entry: Case) => {
    taken.add(entry);
    if (entry.workerReference) workersTaken.add(entry.workerReference);
  };
  // First every stratum takes cases of workers not yet chosen; only then does a short one repeat a worker.
  for (const { name, members } of ordered) {
    let places = quotas.get(name) ?? 0;
    for (const entry of members) {
      if (places === 0) break;
      if (entry.workerReference && workersTaken.has(entry.workerReference)) continue;
      take(entry);
      places -= 1;
    }
  }
  let sharingAWorker = 0;
  for (const { name, members } of ordered) {
    const short = (quotas.get(name) ?? 0) - members.filter((entry) => taken.has(entry)).length;
    for (const entry of members.filter((candidate) => !taken.has(candidate)).slice(0, short)) {
      take(entry);
      sharingAWorker += 1;
    }
  }
  return { chosen: ordered.flatMap(({ members }) => members.filter((entry) => taken.has(entry))), sharingAWorker };
}

/** Each stratum's share of the sample, in proportion to its cases; leftover places go to the largest remainders. */
function proportionalQuotas(
  strata: readonly { readonly name: string; readonly members: readonly unknown[] }[],
  size: number,
  total: number,
): Map<string, number> {
  const exact = strata.map(({ name, members }) => ({
    name,
    exact: (size * members.length) / total,
    available: members.length,
  }));
  const quotas = new Map(exact.map(({ name, exact: share }) => [name, Math.floor(share)]));
  let left = size - [...quotas.values()].reduce((sum, quota) => sum + quota, 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.name.localeCompare(b.name),
  );
  for (const { name, available } of byRemainder) {
    if (left === 0) break;
    if ((quotas.get(name) ?? 0) < available) {
      quotas.set(name, (quotas.get(name) ?? 0) + 1);
      left -= 1;
    }
  }
  return quotas;
}
