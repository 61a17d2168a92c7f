import type { PersonDetails } from '../person-details.js';
import type { Person } from '../person.js';
import { ROLE_LABELS } from '../roles.js';
import { emailKey } from '../work-email.js';
import type { ChangedPerson, FieldChange, ImportedPerson, PeopleImportPlan, RefusedRow } from './people-import-plan.js';
import type { PeopleFile } from './read-people-file.js';

/** A row the planner accepted: what it says, and the save it needs (none when nothing changes). */
export interface AcceptedRow<Save extends { readonly line: number; readonly managerLine?: number }> {
  readonly person: ImportedPerson;
  readonly save?: Save;
  readonly changes?: readonly FieldChange[];
  readonly managerLine?: number;
}

/**
 * What changes on someone's record, field by field, in the words of the file: role labels, district names,
 * the line manager's name. The line manager counts as changed when it is someone else, even of the same name.
 */
export function fieldChanges(
  before: Person,
  after: ImportedPerson,
  details: PersonDetails,
  names: { readonly people: ReadonlyMap<string, Person>; readonly districts: ReadonlyMap<string, string> },
): FieldChange[] {
  const list = (items: readonly string[]) => items.join('; ');
  const managerName = (id: string | undefined) => (id ? (names.people.get(id)?.displayName ?? id) : '');
  const compared: [FieldChange['field'], string, string][] = [
    ['name', before.displayName, after.name],
    ['roles', list(before.roles.map((role) => ROLE_LABELS[role])), list(after.roles)],
    ['districts', list(before.districtIds.map((id) => names.districts.get(id) ?? id)), list(after.districts)],
    ['team', before.teamName ?? '', after.team ?? ''],
    ['agency', before.agency ?? '', details.agency ?? ''],
  ];
  const changes = compared.filter(([, from, to]) => from !== to).map(([field, from, to]) => ({ field, from, to }));
  if (before.managerId !== details.managerId) {
    changes.push({ field: 'line manager', from: managerName(before.managerId), to: after.lineManager ?? '' });
  }
  return changes;
}

/** The saves in an order that puts a line manager's row before the rows of the people they manage. */
function managersFirst<Save extends { readonly line: number; readonly managerLine?: number }>(
  saves: readonly Save[],
): Save[] {
  const byLine = new Map(saves.map((save) => [save.line, save]));
  const ordered: Save[] = [];
  const seen = new Set<number>();
  const visit = (save: Save) => {
    if (seen.has(save.line)) return;
    seen.add(save.line); // before the manager, so a circle of managers ends rather than loops
    const manager = save.managerLine === undefined ? undefined : byLine.get(save.managerLine);
    if (manager) visit(manager);
    ordered.push(save);
  };
  saves.forEach(visit);
  return ordered;
}

/** Puts the rows' fates together as the plan a person reads, and the saves in the order to make them. */
export function finishPlan<Save extends { readonly line: number; readonly managerLine?: number }>(
  file: PeopleFile,
  registered: readonly Person[],
  refused: ReadonlyMap<number, RefusedRow>,
  accepted: ReadonlyMap<number, AcceptedRow<Save>>,
): { plan: PeopleImportPlan; saves: Save[] } {
  const rows = [...accepted.values()].sort((a, b) => a.person.line - b.person.line);
  const toAdd = rows.filter((row) => row.save && row.changes === undefined).map((row) => row.person);
  const toChange: ChangedPerson[] = rows.flatMap((row) =>
    row.save && row.changes ? [{ ...row.person, changes: row.changes }] : [],
  );
  const unchanged = rows.filter((row) => !row.save).map((row) => row.person);
  const named = new Set(file.rows.filter((row) => row.email !== '').map((row) => emailKey(row.email)));
  const notInFile = registered
    .filter((person) => !person.leftAt && !(person.email && named.has(emailKey(person.email))))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'))
    .map((person) => ({
      personId: person._id,
      name: person.displayName,
      ...(person.email ? { email: person.email } : {}),
    }));
  const refusedRows = [...refused.values()].sort((a, b) => a.line - b.line);
  return {
    plan: {
      counts: {
        rows: file.rows.length,
        toAdd: toAdd.length,
        toChange: toChange.length,
        unchanged: unchanged.length,
        refused: refusedRows.length,
        notInFile: notInFile.length,
      },
      toAdd,
      toChange,
      unchanged,
      refused: refusedRows,
      notInFile,
      ignoredColumns: file.ignoredColumns,
    },
    saves: managersFirst(rows.flatMap((row) => (row.save ? [row.save] : []))),
  };
}
