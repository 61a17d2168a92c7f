import { describe, expect, it } from 'vitest';
import { planChallengeDay, type PlanChallengeDay } from '../../../src/domain/challenge-day/plan-challenge-day.js';
import { DEFAULT_SERVICE_PRIORITIES } from '../../../src/domain/challenge-day/service-priorities.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { formatLondon } from '../../../src/domain/shared/london-time.js';
import { aDistrict, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';
import { driver } from '../../../src/store/driver-collection.js';

const database = useTestDatabase();
const qaManager = actorFor(aPerson({ _id: 'person-qa', roles: ['qa_manager'] }));

const plan = (over: Partial<PlanChallengeDay> = {}): PlanChallengeDay => ({
  districtId: 'chesterfield',
  date: '2026-03-30',
  startTime: '09:30',
  sites: { district: 'Chesterfield Town Hall', mat: 'Staveley Centre' },
  focusAreas: [DEFAULT_SERVICE_PRIORITIES[1]],
  intelligence: ['complaints'],
  auditTeamIds: ['person-sm1'],
  expectedAttendeeIds: ['person-staff1'],
  ...over,
});

async function planned(over: Partial<PlanChallengeDay>, now: Date, commandId = `cmd-${Math.random()}`) {
  await database.stores.districts.save(aDistrict());
  const ports = {
    findDistrict: (id: string) => database.stores.districts.findById(id),
    createChallengeDay: database.stores.challengeDays.create.bind(database.stores.challengeDays),
    schedule: database.stores.scheduledWork.schedule.bind(database.stores.scheduledWork),
  };
  return planChallengeDay(ports, plan(over), {
    actor: qaManager,
    commandId,
    now,
    servicePriorities: DEFAULT_SERVICE_PRIORITIES,
  });
}

describe('planning a Challenge Day', () => {
  it('for the Monday after the spring clock change, schedules the notice 48 real hours ahead: Saturday 08:30 in London', async () => {
    const result = await planned({ date: '2026-03-30', startTime: '09:30' }, new Date('2026-03-01T12:00:00Z'));
    if (!result.ok) throw result.error;
    expect(result.value.day.startsAt).toEqual(new Date('2026-03-30T08:30:00Z')); // 09:30 BST
    expect(formatLondon(result.value.noticeAt)).toBe('Sat 28 Mar 2026 at 08:30'); // still GMT on the Saturday
    const work = await database.stores.scheduledWork.collection.findById(`notice:${result.value.day._id}`);
    expect(work).toMatchObject({ kind: 'notice', dueAt: new Date('2026-03-28T08:30:00Z'), status: 'pending' });
  });

  it('for the Monday after the autumn clock change, schedules the notice 48 real hours ahead: Saturday 10:30 in London', async () => {
    const result = await planned({ date: '2026-10-26', startTime: '09:30' }, new Date('2026-10-01T12:00:00Z'));
    if (!result.ok) throw result.error;
    expect(result.value.day.startsAt).toEqual(new Date('2026-10-26T09:30:00Z')); // 09:30 GMT
    expect(formatLondon(result.value.noticeAt)).toBe('Sat 24 Oct 2026 at 10:30'); // still BST on the Saturday
  });

  it('a day planned less than 48 hours ahead gets its notice at once, and the planner is told it is short notice', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const result = await planned({ date: '2026-12-02', startTime: '09:30' }, now);
    expect(result).toMatchObject({ ok: true, value: { shortNotice: true, noticeAt: now } });
  });

  it('the same plan submitted twice creates one Challenge Day', async () => {
    const now = new Date('2026-11-01T10:00:00Z');
    const first = await planned({ date: '2026-12-10' }, now, 'cmd-plan-twice');
    const second = await planned({ date: '2026-12-10' }, now, 'cmd-plan-twice');
    expect(first.ok && second.ok && first.value.day._id === second.value.day._id).toBe(true);
    const days = await database.stores.challengeDays.collection[driver].countDocuments({
      'history.commandId': 'cmd-plan-twice',
    });
    expect(days).toBe(1);
  });

  it.each([
    [{ date: '2026-01-05' }, 'The day must start in the future; Mon 5 Jan 2026 at 09:30 has passed.'],
    [{ districtId: 'atlantis' }, 'Choose one of the districts in the list.'],
    [
      { focusAreas: ['Parking at County Hall'] },
      'Choose focus areas from the service priorities; not on the list: Parking at County Hall.',
    ],
  ])('refuses %j with a clear message and stores nothing', async (over, message) => {
    const before = await database.stores.challengeDays.collection[driver].countDocuments();
    const result = await planned(over, new Date('2026-02-01T10:00:00Z'));
    expect(!result.ok && result.error.userMessage).toBe(message);
    expect(await database.stores.challengeDays.collection[driver].countDocuments()).toBe(before);
  });

  it('tells anyone but a QA manager that only a QA manager can plan a day', async () => {
    await database.stores.districts.save(aDistrict());
    const seniorManager = actorFor(aPerson({ roles: ['senior_manager'] }));
    const result = await planChallengeDay(
      {
        findDistrict: (id) => database.stores.districts.findById(id),
        createChallengeDay: (day) => database.stores.challengeDays.create(day),
        schedule: (work) => database.stores.scheduledWork.schedule(work),
      },
      plan(),
      {
        actor: seniorManager,
        commandId: 'cmd-sm',
        now: new Date('2026-02-01T10:00:00Z'),
        servicePriorities: DEFAULT_SERVICE_PRIORITIES,
      },
    );
    expect(!result.ok && result.error).toMatchObject({
      reason: 'not_allowed',
      userMessage: 'Only a QA manager can plan a Challenge Day.',
    });
  });
});
