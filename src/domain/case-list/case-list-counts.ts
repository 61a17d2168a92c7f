import type { ListedCase } from './case-list.js';
import { CASE_TYPES, CASE_TYPE_LABELS } from './case-type.js';

export interface CaseListCounts {
  readonly byTeam: readonly { readonly label: string; readonly count: number }[];
  readonly byType: readonly { readonly label: string; readonly count: number }[];
}

/** How many cases a list holds per team (by name) and per case type (in the usual order), for the QA manager to check. */
export function caseListCounts(cases: readonly Pick<ListedCase, 'teamName' | 'caseType'>[]): CaseListCounts {
  const teams = new Map<string, number>();
  const types = new Map<string, number>();
  for (const entry of cases) {
    teams.set(entry.teamName, (teams.get(entry.teamName) ?? 0) + 1);
    types.set(entry.caseType, (types.get(entry.caseType) ?? 0) + 1);
  }
  return {
    byTeam: [...teams.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => ({ label, count })),
    byType: CASE_TYPES.flatMap((type) =>
      types.has(type) ? [{ label: CASE_TYPE_LABELS[type], count: types.get(type) ?? 0 }] : [],
    ),
  };
}

/** "Chesterfield CP 1 412, Chesterfield CIN 2 388" — for the audit note and the command line. */
export function countsInWords(counts: CaseListCounts['byTeam']): string {
  return counts.map(({ label, count }) => `${label} ${count.toLocaleString('en-GB')}`).join(', ');
}
