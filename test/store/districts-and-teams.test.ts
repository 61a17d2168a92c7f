import { describe, expect, it } from 'vitest';
import { districtHistory } from '../../src/interactions/verbs/district-history.js';
import { aChallengeDay, aConversationLink, aDistrict, aPerson, anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const retiredAt = new Date('2026-12-01T09:00:00Z');

describe('the districts store', () => {
  it('offers the districts in use by name, while `all` still has the retired ones', async () => {
    const { districts } = database.stores;
    await districts.save(aDistrict({ _id: 'south-derbyshire', name: 'South Derbyshire', aliases: [] }));
    await districts.save(aDistrict({ _id: 'amber-valley', name: 'Amber Valley', aliases: [] }));
    await districts.save(aDistrict({ _id: 'bolsover', name: 'Bolsover', aliases: [], retiredAt }));

    expect((await districts.active()).map((district) => district._id)).toEqual(['amber-valley', 'south-derbyshire']);
    expect((await districts.all()).map((district) => district._id)).toEqual([
      'amber-valley',
      'bolsover',
      'south-derbyshire',
    ]);
    expect(await districts.findById('bolsover')).toMatchObject({ retiredAt });
  });

  it('removes a district outright only when asked, leaving the others', async () => {
    const { districts } = database.stores;
    await districts.save(aDistrict({ _id: 'by-mistake', name: 'Added By Mistake', aliases: [] }));

    await districts.remove('by-mistake');

    expect(await districts.findById('by-mistake')).toBeNull();
    expect(await districts.findById('amber-valley')).not.toBeNull();
  });
});

describe('the teams store', () => {
  it('lists a district’s teams by name and counts those in use per district', async () => {
    const { teams } = database.stores;
    const team = (id: string, name: string, districtId: string, retired?: Date) =>
      teams.save({ _id: id, name, districtId, managerId: 'person-sarah', ...(retired ? { retiredAt: retired } : {}) });
    await team('team-b', 'Ripley CP', 'amber-valley');
    await team('team-a', 'Alfreton CIN', 'amber-valley');
    await team('team-c', 'Belper Duty', 'amber-valley', retiredAt);
    await team('team-d', 'Swadlincote CIN', 'south-derbyshire');

    expect((await teams.inDistrict('amber-valley')).map((found) => found.name)).toEqual([
      'Alfreton CIN',
      'Belper Duty',
      'Ripley CP',
    ]);
    expect(await teams.countsByDistrict()).toEqual(
      new Map([
        ['amber-valley', 2],
        ['south-derbyshire', 1],
      ]),
    );
  });
});

describe('a district’s history', () => {
  const history = (districtId: string) => districtHistory(database.stores, districtId);

  it('is nothing for a district nothing refers to', async () => {
    expect(await history('nowhere')).toEqual({ hasHistory: false });
  });

  it.each<[string, (districtId: string) => Promise<unknown>]>([
    ['a Challenge Day', (districtId) => database.stores.challengeDays.create(aChallengeDay({ districtId }))],
    ['an action', (districtId) => database.stores.actions.create(anAction({ districtId }))],
    ['a linked channel', (districtId) => database.stores.conversationLinks.remember(aConversationLink({ districtId }))],
    [
      'a team',
      (districtId) =>
        database.stores.teams.save({ _id: `team-${districtId}`, name: 'T', districtId, managerId: 'person-sarah' }),
    ],
    [
      'a person',
      (districtId) => database.stores.people.save(aPerson({ _id: `person-${districtId}`, districtIds: [districtId] })),
    ],
  ])('is there once it has %s', async (what, add) => {
    const districtId = `district-with-${what.replace(/\W+/g, '-')}`;
    expect(await history(districtId)).toEqual({ hasHistory: false });

    await add(districtId);

    expect(await history(districtId)).toEqual({ hasHistory: true });
  });
});
