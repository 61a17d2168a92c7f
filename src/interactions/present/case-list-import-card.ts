import type { CaseListImportCardData } from '../../cards/card-data.js';
import { displayDateTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { CaseList, RefusedCaseLine } from '../../domain/case-list/case-list.js';
import { caseListCounts } from '../../domain/case-list/case-list-counts.js';
import type { Team } from '../../domain/districts/team.js';
import type { Reply } from '../reply.js';
import { IMPORT_LINES_PER_SECTION } from './people-import-card.js';

/** Teams listed by name on the card; a district with more is counted beyond them ("and 4 more teams"). */
export const CASE_LIST_TEAMS_SHOWN = 30;
const LINE_MAX = 600;

const count = (n: number) => n.toLocaleString('en-GB');
const clipped = (line: string) => (line.length > LINE_MAX ? `${line.slice(0, LINE_MAX - 1)}…` : line);
const refusedLine = (row: RefusedCaseLine) => clipped(`Line ${row.line}: ${row.reasons.join('; ')}`);

/** What the card shows: the dry run (with Apply), or the list as applied. */
export type CaseListStage =
  | { readonly kind: 'dry_run'; readonly current: CaseList | null }
  | { readonly kind: 'applied'; readonly replaced: CaseList | null };

/**
 * A case list's dry run or its result: counts, cases per team (MAT-site teams marked) and per case type — the
 * strata the sample is drawn across — and every refused line by its number and reasons (capped).
 */
export function caseListImportCard(
  list: CaseList,
  context: {
    readonly districtName: string;
    readonly teams: readonly Team[];
    readonly ignoredColumns: readonly string[];
  },
  stage: CaseListStage,
): Reply {
  const applied = stage.kind === 'applied';
  const counts = caseListCounts(list.cases);
  const matTeams = new Set(context.teams.filter((team) => team.site === 'mat').map((team) => team.name));
  const before = applied ? stage.replaced : stage.current;
  const replacing = before
    ? `the list applied ${before.appliedAt ? displayDateTime(before.appliedAt) : 'before'} (${count(before.cases.length)} cases)`
    : '';
  const teamFacts = counts.byTeam.map(({ label, count: n }) => ({
    title: matTeams.has(label) ? `${label} (MAT)` : label,
    value: count(n),
  }));
  const moreTeams = teamFacts.length - CASE_LIST_TEAMS_SHOWN;
  const moreLines = list.refused.length - IMPORT_LINES_PER_SECTION;
  const data: CaseListImportCardData = {
    title: `Case list ${list.fileName} for ${context.districtName}: ${applied ? 'stored' : 'dry run'}`,
    summary: applied
      ? `This is now ${context.districtName}’s case list${replacing ? `, replacing ${replacing}` : ''}; the sample is drawn from it (“draw sample of 8 for ${context.districtName}”). Refused lines were left out and nothing from them was kept.`
      : `Nothing has been stored yet. Apply makes the rows that are not refused ${context.districtName}’s case list${replacing ? `, replacing ${replacing}` : ''}; refused lines are left out, and nothing from them is kept.`,
    counts: [
      { title: 'Rows', value: count(list.rowCount) },
      { title: applied ? 'Cases stored' : 'Cases to store', value: count(list.cases.length) },
      { title: 'Refused lines', value: count(list.refused.length) },
    ],
    byTeam: [
      ...teamFacts.slice(0, CASE_LIST_TEAMS_SHOWN),
      ...(moreTeams > 0 ? [{ title: `and ${count(moreTeams)} more teams`, value: '' }] : []),
    ],
    byType: counts.byType.map(({ label, count: n }) => ({ title: label, value: count(n) })),
    ignoredColumns:
      context.ignoredColumns.length > 0
        ? clipped(`Columns not read (still checked for a child’s details): ${context.ignoredColumns.join(', ')}.`)
        : '',
    sections:
      list.refused.length === 0
        ? []
        : [
            {
              title: `Refused — nothing from these lines ${applied ? 'was' : 'is'} imported (${count(list.refused.length)})`,
              lines: list.refused.slice(0, IMPORT_LINES_PER_SECTION).map(refusedLine),
              moreLabel: moreLines > 0 ? `and ${count(moreLines)} more` : '',
            },
          ],
    listId: applied ? '' : list._id,
  };
  return {
    card: renderCard('case-list-import', data),
    text: `${data.title}: ${count(list.cases.length)} cases, ${count(list.refused.length)} lines refused`,
    audience: applied ? 'everyone' : 'person',
  };
}
