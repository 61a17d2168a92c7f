import type {
  ChangedPerson,
  ImportedPerson,
  PeopleImportPlan,
  PersonOnRecord,
  RefusedRow,
} from '../domain/people/import/people-import-plan.js';

const count = (n: number) => n.toLocaleString('en-GB');

function describePerson(person: ImportedPerson): string {
  const parts = [
    person.roles.join('; '),
    person.districts.length > 0 ? person.districts.join('; ') : 'no district',
    ...(person.team ? [`team ${person.team}`] : []),
    ...(person.lineManager ? [`line manager ${person.lineManager}`] : []),
  ];
  return `  line ${person.line}: ${person.name} <${person.email}> — ${parts.join(' · ')}`;
}

function describeChange(person: ChangedPerson): string {
  const changes = person.changes.map(({ field, from, to }) => `${field} ${from || '(none)'} → ${to || '(none)'}`);
  return `  line ${person.line}: ${person.name} <${person.email}> — ${changes.join(' · ')}`;
}

const describeRefusal = (row: RefusedRow) =>
  `  line ${row.line}: ${row.name || '(no name)'}${row.email ? ` <${row.email}>` : ''} — ${row.reasons.join('; ')}`;

const describeUnchanged = (person: ImportedPerson) => `  line ${person.line}: ${person.name} <${person.email}>`;

const describeOnRecord = (person: PersonOnRecord) => `  ${person.name}${person.email ? ` <${person.email}>` : ''}`;

function section<T>(title: string, rows: readonly T[], line: (row: T) => string): string[] {
  return rows.length === 0 ? [] : ['', `${title} (${count(rows.length)}):`, ...rows.map(line)];
}

/**
 * A plan or the result of an import as plain text, for the command line: one line for the totals, then every
 * row by its line in the file, grouped by what happens to it, and the registered people the file leaves out.
 */
export function peopleImportSummary(plan: PeopleImportPlan, done: boolean): string {
  const { counts } = plan;
  const verbs = done
    ? { add: 'Added', change: 'Changed', unchanged: 'Unchanged', refused: 'Refused (not imported)' }
    : { add: 'To add', change: 'To change', unchanged: 'Unchanged', refused: 'Refused (would not be imported)' };
  const totals = done
    ? `${count(counts.rows)} rows: ${count(counts.toAdd)} added, ${count(counts.toChange)} changed, ${count(counts.unchanged)} unchanged, ${count(counts.refused)} refused.`
    : `${count(counts.rows)} rows: ${count(counts.toAdd)} to add, ${count(counts.toChange)} to change, ${count(counts.unchanged)} unchanged, ${count(counts.refused)} refused.`;
  const lines = [
    done ? 'Imported the file.' : 'Dry run: nothing has been changed. Run it again with --apply to import the file.',
    totals,
    ...(plan.ignoredColumns.length > 0
      ? [`Columns not read (not columns of a people file): ${plan.ignoredColumns.join(', ')}.`]
      : []),
    ...section(verbs.refused, plan.refused, describeRefusal),
    ...section(verbs.add, plan.toAdd, describePerson),
    ...section(verbs.change, plan.toChange, describeChange),
    ...section(verbs.unchanged, plan.unchanged, describeUnchanged),
    ...section('Registered but not in the file; not removed', plan.notInFile, describeOnRecord),
  ];
  return `${lines.join('\n')}\n`;
}
