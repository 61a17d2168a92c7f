import type { District } from '../../districts/district.js';
import type { Actor } from '../actor.js';
import { addPerson, changePerson, type PersonChange } from '../manage-person.js';
import type { PersonDetails } from '../person-details.js';
import type { Person } from '../person.js';
import { ROLE_LABELS } from '../roles.js';
import { emailKey, workEmail } from '../work-email.js';
import { districtFinder } from './county-names.js';
import { fieldChanges, finishPlan, type AcceptedRow } from './finish-plan.js';
import type { ImportedPerson, PeopleImportPlan, RefusedRow } from './people-import-plan.js';
import type { PeopleFile, PeopleFileRow } from './read-people-file.js';
import { detailsOfRow } from './row-details.js';

export interface PeopleImportContext {
  /** Everyone registered, leavers included: rows match records by work email. */
  readonly people: readonly Person[];
  /** Every district, retired ones included. */
  readonly districts: readonly District[];
  /** Whoever imports: each row is a change they must be allowed to make. */
  readonly actor: Actor;
  readonly at: Date;
  /** The id a new person's record gets, given their work email in lower case. */
  readonly newPersonId: (email: string) => string;
}

/** One record to save, with the row it came from and, when the line manager is in the file too, their row. */
export interface PlannedSave {
  readonly line: number;
  readonly change: PersonChange;
  readonly managerLine?: number;
}

export interface PlannedImport {
  readonly plan: PeopleImportPlan;
  /** Managers' rows before their staff's, so a manager who cannot be saved holds back those they manage. */
  readonly saves: readonly PlannedSave[];
}

/** Where a row's line manager is: another row of the file, or a registered person. */
type ManagerFound = { id?: string; line?: number; name?: string; reason?: string };

/** Says in the audit trail that a change came from an import, and from which row. */
function fromImport(change: PersonChange, line: number): PersonChange {
  return {
    ...change,
    audit: {
      ...change.audit,
      note: `Imported from a people file, line ${line}.\n${change.audit.note ?? ''}`.slice(0, 4000),
    },
  };
}

/**
 * Works out what importing a people file would do: each row is added (a new email), changed (an email on a
 * record whose details differ), left alone (no difference) or refused with every reason — the ones a row
 * has by itself (see detailsOfRow), an email given twice in the file (the later rows are refused), a line
 * manager who is neither in the file nor registered, a line manager whose own row is refused, or a change the
 * importer may not make (mayManagePerson). Registered people whom no row names are listed, never removed.
 * Pure: the caller reads the register and saves what it returns.
 */
export function planPeopleRows(file: PeopleFile, context: PeopleImportContext): PlannedImport {
  const findDistrict = districtFinder(context.districts);
  const districtNames = new Map(context.districts.map((district) => [district._id, district.name]));
  const registeredByEmail = new Map(
    context.people.flatMap((person) => (person.email ? [[emailKey(person.email), person] as const] : [])),
  );
  const registeredById = new Map(context.people.map((person) => [person._id, person]));

  const firstRowOf = new Map<string, PeopleFileRow>();
  for (const row of file.rows)
    if (row.email !== '' && !firstRowOf.has(emailKey(row.email))) firstRowOf.set(emailKey(row.email), row);
  const idOfRow = new Map<number, string>();
  for (const [email, row] of firstRowOf)
    idOfRow.set(row.line, registeredByEmail.get(email)?._id ?? context.newPersonId(email));

  function managerOf(row: PeopleFileRow): ManagerFound {
    if (row.lineManagerEmail === '') return {};
    const email = emailKey(row.lineManagerEmail);
    if (row.email !== '' && email === emailKey(row.email))
      return { reason: 'someone cannot be their own line manager' };
    const inFile = firstRowOf.get(email);
    if (inFile) return { id: idOfRow.get(inFile.line), line: inFile.line, name: inFile.name };
    const registered = registeredByEmail.get(email);
    if (registered?.leftAt) return { reason: `the line manager ${registered.displayName} is recorded as having left` };
    if (registered) return { id: registered._id, name: registered.displayName };
    if (!workEmail.safeParse(row.lineManagerEmail).success) {
      return { reason: `the line manager’s email “${row.lineManagerEmail}” is not an email address` };
    }
    return { reason: `line manager not found: nobody registered or in the file has the email ${email}` };
  }

  const asImported = (
    line: number,
    personId: string,
    details: PersonDetails,
    manager: ManagerFound,
  ): ImportedPerson => ({
    line,
    personId,
    name: details.displayName,
    email: details.email,
    roles: details.roles.map((role) => ROLE_LABELS[role]),
    districts: details.districtIds.map((id) => districtNames.get(id) ?? id),
    ...(details.teamName ? { team: details.teamName } : {}),
    ...(manager.name ? { lineManager: manager.name } : {}),
  });

  const refused = new Map<number, RefusedRow>();
  const planned = new Map<number, AcceptedRow<PlannedSave>>();
  for (const row of file.rows) {
    const refuse = (reasons: string[]) =>
      refused.set(row.line, { line: row.line, name: row.name, email: row.email, reasons });
    const first = row.email === '' ? undefined : firstRowOf.get(emailKey(row.email));
    if (first && first.line !== row.line) {
      refuse([`the email ${emailKey(row.email)} is on line ${first.line} already`]);
      continue;
    }
    const existing = row.email === '' ? null : (registeredByEmail.get(emailKey(row.email)) ?? null);
    const manager = managerOf(row);
    const read = detailsOfRow(row, { findDistrict, existing, ...(manager.id ? { managerId: manager.id } : {}) });
    const reasons = [...read.reasons, ...(manager.reason ? [manager.reason] : [])];
    if (!read.details || reasons.length > 0) {
      refuse(reasons);
      continue;
    }
    const personId = idOfRow.get(row.line) ?? context.newPersonId(emailKey(row.email));
    const person = asImported(row.line, personId, read.details, manager);
    const change = existing
      ? changePerson(existing, read.details, context)
      : addPerson(personId, read.details, context);
    if (!change.ok) {
      refuse([change.error.userMessage]);
      continue;
    }
    const save = change.value
      ? {
          line: row.line,
          change: fromImport(change.value, row.line),
          ...(manager.line ? { managerLine: manager.line } : {}),
        }
      : undefined;
    const changes =
      existing && save
        ? fieldChanges(existing, person, read.details, { people: registeredById, districts: districtNames })
        : undefined;
    planned.set(row.line, {
      person,
      ...(save ? { save } : {}),
      ...(changes ? { changes } : {}),
      ...(manager.line ? { managerLine: manager.line } : {}),
    });
  }

  // A row whose line manager's row is refused is refused too, and so on down the line.
  for (let held = true; held;) {
    held = false;
    for (const [line, { managerLine }] of planned) {
      if (managerLine === undefined || !refused.has(managerLine)) continue;
      const row = file.rows.find((candidate) => candidate.line === line);
      refused.set(line, {
        line,
        name: row?.name ?? '',
        email: row?.email ?? '',
        reasons: [`its line manager’s row (line ${managerLine}) is refused`],
      });
      planned.delete(line);
      held = true;
    }
  }
  return finishPlan(file, context.people, refused, planned);
}
