/**
 * Importing people from a CSV file, for every door it comes in by: the command line (scripts/import-people.ts),
 * the demo (src/demo/load-demo-people.ts) and a file sent to the bot in chat.
 *
 * 1. planPeopleImport(stores, csvText, actor) — the dry run: an Outcome of a PeopleImportPlan, plain data
 *    (counts; rows to add, to change with each field's old and new value, unchanged, refused with reasons,
 *    each by its line in the file; registered people not in the file). Writes nothing. Refused as a whole only
 *    when the file cannot be imported at all (its userMessage says what to fix).
 * 2. applyPeopleImport(stores, csvText, actor) — plans again against the register as it is then (so the file,
 *    not a plan kept from earlier, is what an Apply button carries), saves, and returns the plan as carried out.
 * The actor is whoever imports: a QA manager may change anyone, a district manager only their own districts'
 * staff (other rows are refused, saying so); each change is audited as theirs.
 */
import type { Actor } from '../domain/people/actor.js';
import type { PeopleImportPlan, RefusedRow } from '../domain/people/import/people-import-plan.js';
import { planPeopleRows, type PlannedImport } from '../domain/people/import/plan-people-rows.js';
import { readPeopleFile } from '../domain/people/import/read-people-file.js';
import { newId } from '../domain/shared/new-id.js';
import { succeed, type Outcome } from '../domain/shared/domain-error.js';
import { savePersonChange } from '../store/person-changes.js';
import type { Stores } from '../store/stores.js';

export type { PeopleImportPlan } from '../domain/people/import/people-import-plan.js';

type ImportStores = Pick<Stores, 'people' | 'districts' | 'auditEvents'>;

export interface PeopleImportOptions {
  /** When the changes are made (their audit time); defaults to now. */
  readonly now?: Date;
  /** The id a new person's record gets, from their work email (lower case); defaults to a fresh random id. */
  readonly newPersonId?: (email: string) => string;
}

/**
 * What an import did: the plan as it was carried out. toAdd and toChange hold the people added and changed;
 * a row whose save was refused at the last moment (someone took the email meanwhile) is among the refused.
 */
export type PeopleImportResult = PeopleImportPlan;

/** The plan and the saves it needs, worked out against the register as it is now. */
export async function planAgainstRegister(
  stores: ImportStores,
  csvText: string,
  actor: Actor,
  options: PeopleImportOptions,
): Promise<Outcome<PlannedImport>> {
  const file = readPeopleFile(csvText);
  if (!file.ok) return file;
  const [people, districts] = await Promise.all([stores.people.all(), stores.districts.all()]);
  return succeed(
    planPeopleRows(file.value, {
      people,
      districts,
      actor,
      at: options.now ?? new Date(),
      newPersonId: options.newPersonId ?? (() => newId('person')),
    }),
  );
}

/**
 * The dry run of importing a people file (CSV text): who would be added, changed, left alone or refused,
 * and who is registered but not in the file. Writes nothing. Refused when the file itself cannot be read
 * (not CSV, too big, a column missing), with a message saying what to fix.
 */
export async function planPeopleImport(
  stores: ImportStores,
  csvText: string,
  actor: Actor,
  options: PeopleImportOptions = {},
): Promise<Outcome<PeopleImportPlan>> {
  const planned = await planAgainstRegister(stores, csvText, actor, options);
  return planned.ok ? succeed(planned.value.plan) : planned;
}

/**
 * Imports a people file: plans it again against the register as it is now, then saves each person that is
 * added or changed with its audit event (savePersonChange), line managers before the people they manage.
 * Refused rows are not imported and the rest are; a save refused at the last moment refuses that row (and
 * the rows of the people it line-manages) and the rest still go in. The same file again changes nothing.
 */
export async function applyPeopleImport(
  stores: ImportStores,
  csvText: string,
  actor: Actor,
  options: PeopleImportOptions = {},
): Promise<Outcome<PeopleImportResult>> {
  const planned = await planAgainstRegister(stores, csvText, actor, options);
  return planned.ok ? succeed(await savePlannedImport(stores, planned.value)) : planned;
}

/**
 * Makes the saves of a planned import, each person with their audit event. A save refused because someone
 * else took the email since the plan was made refuses that row, and the rows of the people it line-manages;
 * the others are still saved.
 */
export async function savePlannedImport(
  stores: Pick<Stores, 'people' | 'auditEvents'>,
  { plan, saves }: PlannedImport,
): Promise<PeopleImportResult> {
  const failed = new Map<number, string>();
  // One at a time: side by side they were no faster on the embedded server, which writes one at a time.
  for (const save of saves) {
    if (save.managerLine !== undefined && failed.has(save.managerLine)) {
      failed.set(save.line, `its line manager’s row (line ${save.managerLine}) could not be saved`);
      continue;
    }
    const saved = await savePersonChange(stores, save.change);
    if (!saved.ok) failed.set(save.line, saved.error.userMessage);
  }
  return withFailedSaves(plan, failed);
}

/** The plan with the rows whose save failed moved from added or changed to refused. */
function withFailedSaves(plan: PeopleImportPlan, failed: ReadonlyMap<number, string>): PeopleImportResult {
  if (failed.size === 0) return plan;
  const saved = <T extends { line: number }>(rows: readonly T[]) => rows.filter((row) => !failed.has(row.line));
  const lateRefusals: RefusedRow[] = [...plan.toAdd, ...plan.toChange]
    .filter((row) => failed.has(row.line))
    .map((row) => ({ line: row.line, name: row.name, email: row.email, reasons: [failed.get(row.line) ?? ''] }));
  const toAdd = saved(plan.toAdd);
  const toChange = saved(plan.toChange);
  const refused = [...plan.refused, ...lateRefusals].sort((a, b) => a.line - b.line);
  return {
    ...plan,
    counts: { ...plan.counts, toAdd: toAdd.length, toChange: toChange.length, refused: refused.length },
    toAdd,
    toChange,
    refused,
  };
}
