import type { PeopleImportCardData } from '../../cards/card-data.js';
import { renderCard } from '../../cards/render-card.js';
import type {
  ChangedPerson,
  ImportedPerson,
  PeopleImportPlan,
  RefusedRow,
} from '../../domain/people/import/people-import-plan.js';
import type { Reply } from '../reply.js';

/** Rows shown per list on the card; the rest are counted ("and 40 more"), as a card cannot hold a county. */
export const IMPORT_LINES_PER_SECTION = 10;
/** A row's line on the card is cut here: a row with many reasons must not crowd out the others. */
const LINE_MAX = 600;

const count = (n: number) => n.toLocaleString('en-GB');
const clipped = (line: string) => (line.length > LINE_MAX ? `${line.slice(0, LINE_MAX - 1)}…` : line);
const who = (name: string, email: string) => `${name || '(no name)'}${email ? ` (${email})` : ''}`;

const refusedLine = (row: RefusedRow) => `Line ${row.line}: ${who(row.name, row.email)} — ${row.reasons.join('; ')}`;
const addedLine = (person: ImportedPerson) =>
  `Line ${person.line}: ${who(person.name, person.email)} — ${[
    person.roles.join('; '),
    person.districts.join('; ') || 'no district',
  ].join('; ')}`;
const changedLine = (person: ChangedPerson) =>
  `Line ${person.line}: ${who(person.name, person.email)} — ${person.changes
    .map(({ field, from, to }) => `${field}: ${from || '(none)'} → ${to || '(none)'}`)
    .join('; ')}`;

function section<Row>(title: string, rows: readonly Row[], line: (row: Row) => string) {
  const more = rows.length - IMPORT_LINES_PER_SECTION;
  return rows.length === 0
    ? []
    : [
        {
          title: `${title} (${count(rows.length)})`,
          lines: rows.slice(0, IMPORT_LINES_PER_SECTION).map((row) => clipped(line(row))),
          moreLabel: more > 0 ? `and ${count(more)} more` : '',
        },
      ];
}

/**
 * A people file's dry run, with the Apply button that imports it (the file kept under `importId`), or, once
 * applied, what it did: counts, every refused row by its line and why, additions and changes (each list
 * capped), and how many registered people the file does not name (never removed).
 */
export function peopleImportCard(
  plan: PeopleImportPlan,
  file: { readonly fileName: string; readonly importId: string; readonly applied: boolean },
): Reply {
  const { counts } = plan;
  const applied = file.applied;
  const data: PeopleImportCardData = {
    title: applied ? `People file ${file.fileName}: imported` : `People file ${file.fileName}: dry run`,
    summary: applied
      ? 'The rows below were imported, each change in the audit trail; refused rows were left out. Nobody was removed.'
      : 'Nothing has been changed yet. Apply imports the rows that are not refused; refused rows are left out. People not in the file are never removed.',
    counts: [
      { title: 'Rows', value: count(counts.rows) },
      { title: applied ? 'Added' : 'To add', value: count(counts.toAdd) },
      { title: applied ? 'Changed' : 'To change', value: count(counts.toChange) },
      { title: 'Unchanged', value: count(counts.unchanged) },
      { title: 'Refused', value: count(counts.refused) },
      { title: 'Registered but not in the file', value: count(counts.notInFile) },
    ],
    ignoredColumns:
      plan.ignoredColumns.length > 0
        ? clipped(`Columns not read (not columns of a people file): ${plan.ignoredColumns.join(', ')}.`)
        : '',
    sections: [
      ...section('Refused — not imported', plan.refused, refusedLine),
      ...section(applied ? 'Added' : 'To add', plan.toAdd, addedLine),
      ...section(applied ? 'Changed' : 'To change', plan.toChange, changedLine),
    ],
    importId: applied ? '' : file.importId,
  };
  const totals = `${count(counts.toAdd)} ${applied ? 'added' : 'to add'}, ${count(counts.toChange)} ${applied ? 'changed' : 'to change'}, ${count(counts.refused)} refused`;
  return {
    card: renderCard('people-import', data),
    text: `${data.title}: ${totals}`,
    audience: applied ? 'everyone' : 'person',
  };
}
