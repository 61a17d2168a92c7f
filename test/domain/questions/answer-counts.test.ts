import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import { countActions, type ActionsAnswerPorts } from '../../../src/domain/questions/answer-actions-question.js';
import { answerTopOverdueOwners } from '../../../src/domain/questions/answer-top-owners-question.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { anAction, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
/** Monday 7 December 2026: anything outstanding due before today is overdue. */
const now = new Date('2026-12-07T10:00:00Z');
const day = calendarDateFromIso;

const priya = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));
const helen = actorFor(aPerson({ _id: 'person-helen', roles: ['district_manager'] }));
const dom = actorFor(aPerson({ _id: 'person-dom', roles: ['district_manager'], districtIds: ['erewash'] }));
const jo = actorFor(aPerson({ _id: 'person-jo', roles: ['staff'] }));

beforeAll(async () => {
  const overdue: [string, string, string][] = [
    ['person-jo', 'chesterfield', '2026-11-20'],
    ['person-jo', 'chesterfield', '2026-12-01'],
    ['person-jo', 'chesterfield', '2026-12-06'],
    ['person-dan', 'chesterfield', '2026-12-04'],
    ['person-dan', 'chesterfield', '2026-11-02'],
    ['person-amy', 'chesterfield', '2026-12-02'],
    ['person-ed', 'erewash', '2026-11-30'],
  ];
  for (const [ownerId, districtId, dueDate] of overdue) {
    await database.stores.actions.create(anAction({ ownerId, districtId, dueDate: day(dueDate) }));
  }
  // Not overdue: due today, done, or waiting to be verified.
  await database.stores.actions.create(anAction({ ownerId: 'person-amy', dueDate: day('2026-12-07') }));
  await database.stores.actions.create(
    anAction({ ownerId: 'person-amy', dueDate: day('2026-11-01'), status: 'verified' }),
  );
  await database.stores.actions.create(
    anAction({ ownerId: 'person-amy', dueDate: day('2026-11-01'), status: 'completed' }),
  );
});

const ports = (): ActionsAnswerPorts => ({
  searchActions: (search, page) => database.stores.actions.searchActions(search, page),
  countActions: (search) => database.stores.actions.countActions(search),
  latestChallengeDay: (districtId, onOrBefore) =>
    database.stores.challengeDays.latestForDistrict(districtId, onOrBefore),
  challengeDayOn: (districtId, date) => database.stores.challengeDays.onDate(districtId, date),
});
const topOwners = () => ({
  overdueCountsByOwner: (districtIds: readonly string[] | undefined, dueBefore: Date, limit: number) =>
    database.stores.actions.overdueCountsByOwner(districtIds, dueBefore, limit),
});

describe('how many actions', () => {
  it('counts the overdue actions of the county for a QA manager, and of her districts for a district manager', async () => {
    const county = await countActions(ports(), { kind: 'actions', state: 'overdue' }, priya, now);
    const chesterfield = await countActions(ports(), { kind: 'actions', state: 'overdue' }, helen, now);
    expect(county).toStrictEqual({ ok: true, value: { total: 7 } });
    expect(chesterfield).toStrictEqual({ ok: true, value: { total: 6 } });
  });

  it('counts outstanding actions in a district, due today included', async () => {
    const open = await countActions(
      ports(),
      { kind: 'actions', state: 'outstanding', districtId: 'chesterfield' },
      helen,
      now,
    );
    expect(open).toStrictEqual({ ok: true, value: { total: 7 } });
  });

  it('refuses a count of a district the asker does not work in', async () => {
    const answer = await countActions(
      ports(),
      { kind: 'actions', state: 'overdue', districtId: 'erewash' },
      helen,
      now,
    );
    expect(answer.ok).toBe(false);
  });
});

describe('who owns the most overdue actions', () => {
  it('names the owners most overdue first, then by name, with their counts, only in the asker’s districts', async () => {
    const answer = await answerTopOverdueOwners(topOwners(), { kind: 'top_overdue_owners' }, helen, now);
    expect(answer).toStrictEqual({
      ok: true,
      value: {
        limit: 5,
        owners: [
          { ownerId: 'person-jo', count: 3 },
          { ownerId: 'person-dan', count: 2 },
          { ownerId: 'person-amy', count: 1 },
        ],
      },
    });
  });

  it('gives the top N asked for, across the county for a QA manager', async () => {
    const answer = await answerTopOverdueOwners(topOwners(), { kind: 'top_overdue_owners', limit: 2 }, priya, now);
    if (!answer.ok) throw answer.error;
    expect(answer.value.owners.map((owner) => owner.ownerId)).toStrictEqual(['person-jo', 'person-dan']);
    const erewash = await answerTopOverdueOwners(
      topOwners(),
      { kind: 'top_overdue_owners', districtId: 'erewash' },
      priya,
      now,
    );
    if (!erewash.ok) throw erewash.error;
    expect(erewash.value.owners).toStrictEqual([{ ownerId: 'person-ed', count: 1 }]);
  });

  it('refuses staff, and a manager asking of another district', async () => {
    const staff = await answerTopOverdueOwners(topOwners(), { kind: 'top_overdue_owners' }, jo, now);
    const elsewhere = await answerTopOverdueOwners(
      topOwners(),
      { kind: 'top_overdue_owners', districtId: 'chesterfield' },
      dom,
      now,
    );
    expect(staff.ok || elsewhere.ok).toBe(false);
    if (staff.ok || elsewhere.ok) return;
    expect(staff.error.message).toBe(
      'Only managers can see who holds the most overdue actions. Your own: ask “my overdue actions”.',
    );
    expect(elsewhere.error.message).toBe('You can see actions only for the districts you work in.');
  });
});
