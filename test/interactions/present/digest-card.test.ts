import { describe, expect, it } from 'vitest';
import { weeklyDigestMessage } from '../../../src/interactions/present/digest-card.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aDistrict, aPerson, anAction } from '../../support/fixtures.js';
import { factsOf, textsOf } from '../../support/teams-activities.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const day = calendarDateFromIso;
// Monday 17 January 2033, 09:00 in London: due before the 17th is overdue.
const now = new Date('2033-01-17T09:00:00Z');

describe('a district’s weekly digest', () => {
  it('counts every outstanding and overdue action, lists the five most overdue and the eight busiest owners, and says how many more', async () => {
    const { stores } = database;
    await stores.districts.save(aDistrict({ _id: 'digest-many', name: 'Digest Many', aliases: [] }));
    // Ten owners, named so that their names sort the other way from their numbers.
    const owners = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        stores.people.save(aPerson({ _id: `digest-owner-${n}`, displayName: `Owner ${String.fromCharCode(74 - n)}` })),
      ),
    );
    // Owner n has n + 1 outstanding actions, of which the first n % 3 are overdue (7 January, a day apart).
    let overdueDay = 1;
    for (const [n, owner] of owners.entries()) {
      for (let k = 0; k <= n; k += 1) {
        const overdue = k < n % 3;
        await stores.actions.create(
          anAction({
            districtId: 'digest-many',
            ownerId: owner._id,
            what: `Action ${n}-${k}`,
            dueDate: overdue ? day(`2033-01-${String((overdueDay++ % 15) + 1).padStart(2, '0')}`) : day('2033-02-01'),
          }),
        );
      }
    }
    // Done or verified actions count for nothing, however late.
    await stores.actions.create(
      anAction({
        districtId: 'digest-many',
        ownerId: 'digest-owner-9',
        dueDate: day('2032-12-01'),
        status: 'verified',
      }),
    );

    const message = await weeklyDigestMessage(stores, 'digest-many', '2033-W03', now);

    // 1 + 2 + … + 10 outstanding; overdue 0,1,2,0,1,2,0,1,2,0 = 9.
    expect(message?.text).toBe('Action plan digest for Digest Many: 55 outstanding, 9 overdue');
    const texts = textsOf(message?.card);
    expect(texts).toContain('Digest Many: 55 outstanding, 9 overdue');
    const listed = texts.filter((text) => text.startsWith('• '));
    expect(listed).toHaveLength(5);
    expect(listed[0]).toBe('• **15 days overdue** — Action 1-0 (Owner I, due Sun 2 Jan 2033)');
    expect(texts).toContain('and 4 more overdue');
    // Most overdue first, then most outstanding, then by name.
    expect(factsOf(message?.card)).toEqual([
      'Outstanding actions: 55',
      'Overdue: 9',
      'Owner B: 9 outstanding, 2 overdue',
      'Owner E: 6 outstanding, 2 overdue',
      'Owner H: 3 outstanding, 2 overdue',
      'Owner C: 8 outstanding, 1 overdue',
      'Owner F: 5 outstanding, 1 overdue',
      'Owner I: 2 outstanding, 1 overdue',
      'Owner A: 10 outstanding, 0 overdue',
      'Owner D: 7 outstanding, 0 overdue',
    ]);
    expect(texts).toContain('and 2 more owners');
  });
});
