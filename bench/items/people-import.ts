import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';
import { PEOPLE_IMPORT_COMMAND_ACTOR } from '../../src/people-import/command-line-actor.js';
import { applyPeopleImport, planPeopleImport } from '../../src/people-import/people-import.js';
import { countyPeopleRows, peopleCsv } from '../../test/support/county-people-file.js';
import type { BenchServer } from '../support/bench-server.js';
import { roundTo } from '../support/percentiles.js';
import { progress } from '../support/progress.js';

/** A county's staff, the size the issue asks the import to take. */
export const PEOPLE_IN_FILE = 1_000;

export interface PeopleImportFigures {
  readonly people: number;
  /** Reading the file and planning it against an empty register. */
  readonly dryRunMs: number;
  /** Importing every row into an empty register: each person's record and audit event. */
  readonly applyMs: number;
  readonly applyMsPerPerson: number;
  /** The same file again, which finds every row unchanged and writes nothing. */
  readonly reapplyMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * Item 7: `npm run import:people` of a county of 1,000 (the test file: a byte order mark, CRLF, quoted
 * commas), in process on a fresh database holding the eight districts: the dry run, the import, and the
 * same file again.
 */
export async function measurePeopleImport(server: BenchServer): Promise<PeopleImportFigures> {
  const database = await server.openDatabase('people_import');
  try {
    for (const district of DEMO_DISTRICTS) await database.stores.districts.save(district);
    const csv = peopleCsv(countyPeopleRows(PEOPLE_IN_FILE));
    const actor = PEOPLE_IMPORT_COMMAND_ACTOR;
    progress(`people import: dry run of ${PEOPLE_IN_FILE} people`);
    const dryRun = await timed(() => planPeopleImport(database.stores, csv, actor));
    progress(`people import: applying ${PEOPLE_IN_FILE} people`);
    const applied = await timed(() => applyPeopleImport(database.stores, csv, actor));
    if (!applied.value.ok || applied.value.value.counts.toAdd !== PEOPLE_IN_FILE) {
      throw new Error('the people import did not add every row of the bench file');
    }
    progress('people import: the same file again');
    const again = await timed(() => applyPeopleImport(database.stores, csv, actor));
    if (!again.value.ok || again.value.value.counts.unchanged !== PEOPLE_IN_FILE) {
      throw new Error('the people import changed something the second time');
    }
    return {
      people: PEOPLE_IN_FILE,
      dryRunMs: roundTo(dryRun.ms, 0),
      applyMs: roundTo(applied.ms, 0),
      applyMsPerPerson: roundTo(applied.ms / PEOPLE_IN_FILE, 1),
      reapplyMs: roundTo(again.ms, 0),
    };
  } finally {
    await database.drop();
  }
}
