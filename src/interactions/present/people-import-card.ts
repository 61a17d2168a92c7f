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

/** What the card shows: the dry run, a file part imported (a big file takes more than one press), or done. */
export type PeopleImportStage =
  | { readonly kind: 'dry_run' }
  | { readonly kind: 'part_imported'; readonly saved: number; readonly toSave: number }
  | { readonly kind: 'applied' };

const SUMMARIES = {
  dry_run:
    'Nothing has been changed yet. Apply imports the rows that are not refused; refused rows are left out. People not in the file are never removed.',
  applied:
    'The rows below were imported, each change in the audit trail; refused rows were left out. Nobody was removed. Rows imported by an earlier press count as unchanged.',
} as const;

/**
 * A people file's dry run, with the Apply button that imports it (the file kept under `importId`), part of it
 * imported, with a Continue button, or, once applied, what it did: counts, every refused row by its line and
 * why, additions and changes (each list capped), and how many registered people the file does not name
 * (never removed).
 */
export function peopleImportCard(
  plan: PeopleImportPlan,
  file: { readonly fileName: string; readonly importId: string },
  stage: PeopleImportStage,
): Reply {
  const { counts } = plan;
  const applied = stage.kind === 'applied';
  const data: PeopleImportCardData = {
    title: `People file ${file.fileName}: ${applied ? 'imported' : stage.kind === 'dry_run' ? 'dry run' : 'part imported'}`,
    summary:
      stage.kind === 'part_imported'
        ? `${count(stage.saved)} of the ${count(stage.toSave)} people to add or change below are saved; the bot answers within seconds, so a big file takes more than one press. Press Continue to import the rest: the file is planned again each time, so nobody is imported twice.`
        : SUMMARIES[stage.kind],
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
    applyLabel: stage.kind === 'part_imported' ? 'Continue' : 'Apply',
  };
  const totals = `${count(counts.toAdd)} ${applied ? 'added' : 'to add'}, ${count(counts.toChange)} ${applied ? 'changed' : 'to change'}, ${count(counts.refused)} refused`;
  return {
    card: renderCard('people-import', data),
    text: `${data.title}: ${totals}`,
    audience: stage.kind === 'dry_run' ? 'person' : 'everyone',
  };
}
