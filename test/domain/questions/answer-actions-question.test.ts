import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../../src/demo/demo-county.js';
import { seedDemo } from '../../../src/demo/seed-demo.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import type { Person } from '../../../src/domain/people/person.js';
import { isOverdue } from '../../../src/domain/action/overdue.js';
import { driver } from '../../../src/store/driver-collection.js';
import {
  ACTIONS_PAGE_SIZE,
  answerActionsQuestion,
  type ActionsAnswerPorts,
} from '../../../src/domain/questions/answer-actions-question.js';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-11-26T10:00:00Z');
/** The demo county's people, as the seed imported them. */
let demoPeople: Person[] = [];
const person = (id: string) => {
  const found = demoPeople.find((candidate) => candidate._id === id);
  if (!found) throw new Error(id);
  return found;
};

beforeAll(async () => {
  await seedDemo(database.stores, now);
  demoPeople = await database.stores.people.all();
});

const ports = (): ActionsAnswerPorts => ({
  searchActions: (search, page) => database.stores.actions.searchActions(search, page),
  countActions: (search) => database.stores.actions.countActions(search),
  latestChallengeDay: (districtId, onOrBefore) =>
    database.stores.challengeDays.latestForDistrict(districtId, onOrBefore),
  challengeDayOn: (districtId, date) => database.stores.challengeDays.onDate(districtId, date),
});

async function ask(text: string, askerId: string) {
  const asker = person(askerId);
  const parsed = parseQuestion(text, {
    now,
    districts: DEMO_DISTRICTS,
    people: demoPeople.map((known) => ({ id: known._id, displayName: known.displayName })),
    askerId,
  });
  if (parsed.kind !== 'actions') throw new Error(`expected an actions question, got ${parsed.kind}`);
  const { owner, ...rest } = parsed;
  const query = { ...rest, ...(owner?.kind === 'person' ? { ownerId: owner.personId } : {}) };
  return answerActionsQuestion(ports(), query, actorFor(asker), now);
}

describe('answering questions about actions from the stored action plan', () => {
  it('"show overdue actions for High Peak" lists exactly the outstanding actions due before today, most overdue first', async () => {
    const answer = await ask('show overdue actions for High Peak', 'person-gareth');
    if (!answer.ok) throw answer.error;
    // Worked out here from every stored action of the district, not by the query under test.
    const stored = await database.stores.actions.collection[driver].find({ districtId: 'high-peak' }).toArray();
    const expected = database.stores.actions.collection
      .readAll(stored)
      .filter((action) => isOverdue(action, now))
      .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || (a._id < b._id ? -1 : 1))
      .slice(0, ACTIONS_PAGE_SIZE)
      .map((action) => action._id);
    const all = stored.filter((action) => isOverdue(action, now)).length;
    expect(answer.value.actions.map((action) => action._id)).toEqual(expected);
    expect(answer.value.total).toBe(all);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('"my actions" gives the asker’s own outstanding actions', async () => {
    const answer = await ask('my actions', 'person-mia');
    if (!answer.ok) throw answer.error;
    expect(answer.value.actions.every((action) => action.ownerId === 'person-mia')).toBe(true);
    expect(answer.value.actions.map((action) => action.status).sort()).toEqual([
      'acknowledged',
      'in_progress',
      'in_progress',
      'open',
    ]);
  });

  it('"actions from the last Challenge Day in High Peak" lists every action of that day', async () => {
    const answer = await ask('actions from the last Challenge Day in High Peak', 'person-priya');
    if (!answer.ok) throw answer.error;
    expect(answer.value.challengeDay?._id).toBe('day-demo-high-peak');
    expect(answer.value.total).toBe(6);
  });

  it('a district manager asking about another district is told they can see only their own districts', async () => {
    const answer = await ask('overdue actions for Chesterfield', 'person-gareth');
    expect(!answer.ok && answer.error.userMessage).toBe('You can see actions only for the districts you work in.');
  });

  it('without a district, a district manager sees only their own district’s actions; the QA manager sees the county', async () => {
    const gareth = await ask('overdue actions', 'person-gareth');
    const priya = await ask('overdue actions', 'person-priya');
    if (!gareth.ok || !priya.ok) throw new Error('expected answers');
    expect(new Set(gareth.value.actions.map((action) => action.districtId))).toEqual(new Set(['high-peak']));
    expect(new Set(priya.value.actions.map((action) => action.districtId))).toEqual(
      new Set(['high-peak', 'chesterfield']),
    );
  });
});
