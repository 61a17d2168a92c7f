import { MongoClient, type CommandStartedEvent, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { OUTSTANDING_ACTION_STATUSES } from '../../src/domain/action/status.js';
import { actorFor } from '../../src/domain/people/actor.js';
import type { Person } from '../../src/domain/people/person.js';
import {
  ACTIONS_PAGE_SIZE,
  answerActionsQuestion,
  type ActionsAnswerPorts,
} from '../../src/domain/questions/answer-actions-question.js';
import { parseQuestion } from '../../src/domain/questions/parse-question.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { databaseClientOptions } from '../../src/store/database.js';
import { driver } from '../../src/store/driver-collection.js';
import { createStores, type Stores } from '../../src/store/stores.js';
import { aPerson, anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

/*
 * The lists people ask for read their first page in the order of an index and stop at the page's end: the
 * commands the store sends are watched on a client of their own (command monitoring), and each find's sort
 * is checked against the indexes the database really holds.
 */
const database = useTestDatabase();
const now = new Date('2026-11-26T10:00:00Z');
let watched: MongoClient;
let stores: Stores;
let demoPeople: Person[] = [];
const sent: Document[] = [];

beforeAll(async () => {
  await seedDemo(database.stores, now);
  demoPeople = await database.stores.people.all();
  watched = new MongoClient(inject('mongoUri'), { ...databaseClientOptions, monitorCommands: true });
  watched.on('commandStarted', (event: CommandStartedEvent) => {
    if (event.commandName === 'find' && event.command.find === 'actions') sent.push(event.command);
  });
  await watched.connect();
  stores = createStores(watched.db(database.db.databaseName));
});
afterAll(async () => {
  await watched.close();
});

const ports = (): ActionsAnswerPorts => ({
  searchActions: (search, page) => stores.actions.searchActions(search, page),
  countActions: (search) => stores.actions.countActions(search),
  latestChallengeDay: (districtId, onOrBefore) => stores.challengeDays.latestForDistrict(districtId, onOrBefore),
  challengeDayOn: (districtId, date) => stores.challengeDays.onDate(districtId, date),
});

async function ask(text: string, askerId: string) {
  const asker = demoPeople.find((person) => person._id === askerId);
  if (!asker) throw new Error(askerId);
  const parsed = parseQuestion(text, {
    now,
    districts: DEMO_DISTRICTS,
    people: demoPeople.map((known) => ({ id: known._id, displayName: known.displayName })),
    askerId,
  });
  if (parsed.kind !== 'actions') throw new Error(`"${text}" is not an actions question: ${parsed.kind}`);
  const { owner, ...rest } = parsed;
  const query = { ...rest, ...(owner?.kind === 'person' ? { ownerId: owner.personId } : {}) };
  const answer = await answerActionsQuestion(ports(), query, actorFor(asker), now);
  if (!answer.ok) throw new Error(`"${text}" was refused: ${answer.error.message}`);
}

/** The finds `work` sent to the actions collection. */
async function findsOf(work: () => Promise<unknown>): Promise<Document[]> {
  const from = sent.length;
  await work();
  return sent.slice(from);
}

/** A find's sort as sent (the driver sends it as a Map, to keep its order). */
const sortOf = (find: Document): Document =>
  find.sort instanceof Map ? Object.fromEntries(find.sort) : ((find.sort ?? {}) as Document);

const isEquality = (value: unknown) =>
  typeof value !== 'object' ||
  value === null ||
  value instanceof Date ||
  !Object.keys(value).some((key) => key.startsWith('$'));

/**
 * The index that gives a find's matches in its sort's order: its keys are some of the filter's equality
 * fields, then exactly the sort. Null when no index does, and the engine must sort every match.
 */
function indexInOrderFor(find: Document, indexes: readonly Document[]): string | null {
  const filter = (find.filter ?? {}) as Document;
  const sort = Object.entries(sortOf(find));
  for (const index of indexes) {
    const keys = Object.entries(index.key as Document);
    if (sort.length === 0 || keys.length < sort.length) continue;
    const prefix = keys.slice(0, keys.length - sort.length);
    const tail = keys.slice(keys.length - sort.length);
    const prefixIsEqualities = prefix.every(([field]) => field in filter && isEquality(filter[field]));
    const tailIsTheSort = tail.every(
      ([field, direction], at) => sort[at]?.[0] === field && sort[at]?.[1] === direction,
    );
    if (prefixIsEqualities && tailIsTheSort) return String(index.name);
  }
  return null;
}

describe('the lists of actions people ask for', () => {
  it.each([
    ['show overdue actions for High Peak', 'person-gareth'],
    ['outstanding actions for High Peak', 'person-gareth'],
    ['actions due this week in High Peak', 'person-gareth'],
    ['actions awaiting verification in High Peak', 'person-gareth'],
    ['completed actions in High Peak', 'person-gareth'],
    ['all actions in High Peak', 'person-gareth'],
    ['date requests in High Peak', 'person-gareth'],
    ['my actions', 'person-mia'],
    ['overdue actions', 'person-priya'],
    ['actions awaiting verification', 'person-priya'],
    ['all actions', 'person-priya'],
    ['actions from the last Challenge Day in High Peak', 'person-priya'],
  ])('"%s" reads its page in the order of a declared index, as many as the page shows', async (question, asker) => {
    const finds = await findsOf(() => ask(question, asker));
    const indexes = await database.stores.actions.collection[driver].listIndexes().toArray();

    expect(finds).toHaveLength(1);
    const [find] = finds;
    expect(sortOf(find ?? {})).toEqual({ dueDate: 1, _id: 1 });
    expect(find?.limit).toBe(ACTIONS_PAGE_SIZE);
    expect(indexInOrderFor(find ?? {}, indexes)).not.toBeNull();
  });

  it('the store’s own lists (digest, summary, chasing, a person’s and a day’s actions, decisions) are read in index order too', async () => {
    const indexes = await database.stores.actions.collection[driver].listIndexes().toArray();
    const finds = await findsOf(async () => {
      await stores.actions.digestSummaryForDistrict('high-peak', now, 5);
      await stores.actions.mostOverdueInDistrict('high-peak', now);
      await stores.actions.outstandingDueBy(calendarDateFromIso('2026-12-01'));
      await stores.actions.outstandingActionsForOwner('person-mia');
      await stores.actions.forChallengeDay('day-demo-high-peak');
      await stores.actions.pendingDecisions(['high-peak'], 200);
      await stores.actions.pendingDecisions(undefined, 200);
    });

    const outOfOrder = finds.filter((find) => indexInOrderFor(find, indexes) === null);
    expect(finds.length).toBeGreaterThanOrEqual(8);
    expect(outOfOrder).toEqual([]);
  });

  it('paged through, show the most overdue first, ties in one order, nothing skipped or shown twice', async () => {
    const districtId = 'paging-district';
    // 25 overdue, five on each of five days, created out of id order; and some that are not overdue.
    const overdueDays = ['2026-09-01', '2026-10-15', '2026-10-16', '2026-11-02', '2026-11-25'];
    for (let index = 0; index < 25; index += 1) {
      const number = (index * 7) % 25;
      await database.stores.actions.create(
        anAction({
          _id: `paging-${String(number).padStart(2, '0')}`,
          districtId,
          dueDate: calendarDateFromIso(overdueDays[number % 5] ?? ''),
          status: OUTSTANDING_ACTION_STATUSES[number % 3] ?? 'open',
        }),
      );
    }
    await database.stores.actions.create(
      anAction({ _id: 'paging-due-today', districtId, dueDate: calendarDateFromIso('2026-11-26') }),
    );
    await database.stores.actions.create(
      anAction({ _id: 'paging-done', districtId, dueDate: calendarDateFromIso('2026-09-01'), status: 'completed' }),
    );
    const qaManager = actorFor(aPerson({ _id: 'person-paging-qa', roles: ['qa_manager'], districtIds: [] }));

    const pages = [];
    for (const page of [0, 1, 2]) {
      const answer = await answerActionsQuestion(
        ports(),
        { kind: 'actions', state: 'overdue', districtId },
        qaManager,
        now,
        page,
      );
      if (!answer.ok) throw new Error(answer.error.message);
      pages.push(answer.value);
    }

    const shown = pages.flatMap((page) => page.actions);
    const expected = Array.from({ length: 25 }, (_, number) => ({
      id: `paging-${String(number).padStart(2, '0')}`,
      due: overdueDays[number % 5] ?? '',
    }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))
      .map(({ id }) => id);
    expect(pages.map((page) => page.actions.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.total)).toEqual([25, 25, 25]);
    expect(shown.map((action) => action._id)).toEqual(expected);
    expect(new Set(shown.map((action) => action._id)).size).toBe(25);
  });
});
