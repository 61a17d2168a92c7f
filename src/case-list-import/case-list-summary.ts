import type { ListedCase, RefusedCaseLine } from '../domain/case-list/case-list.js';
import { caseListCounts, countsInWords } from '../domain/case-list/case-list-counts.js';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * A case list's dry run or its result as plain text, for the command line: the totals, the cases per team and
 * per type, and every refused line with its reasons.
 */
export function caseListSummary(
  list: {
    readonly rowCount: number;
    readonly cases: readonly ListedCase[];
    readonly refused: readonly RefusedCaseLine[];
  },
  context: { readonly districtName: string; readonly ignoredColumns: readonly string[]; readonly done: boolean },
): string {
  const counts = caseListCounts(list.cases);
  const lines = [
    context.done
      ? `Stored as ${context.districtName}’s case list, replacing any list before it.`
      : `Dry run for ${context.districtName}: nothing has been stored. Run it again with --apply to store the list.`,
    `${count(list.rowCount)} rows: ${count(list.cases.length)} cases ${context.done ? 'stored' : 'to store'}, ${count(list.refused.length)} lines refused.`,
    ...(context.ignoredColumns.length > 0
      ? [`Columns not read (still checked for a child’s details): ${context.ignoredColumns.join(', ')}.`]
      : []),
    `By team: ${countsInWords(counts.byTeam) || 'none'}.`,
    `By case type: ${countsInWords(counts.byType) || 'none'}.`,
    ...(list.refused.length > 0
      ? [
          '',
          `Refused — nothing from these lines ${context.done ? 'was' : 'is'} imported (${count(list.refused.length)}):`,
          ...list.refused.map((row) => `  line ${row.line}: ${row.reasons.join('; ')}`),
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
