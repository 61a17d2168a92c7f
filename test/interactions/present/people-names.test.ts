import { describe, expect, it } from 'vitest';
import { peopleNames } from '../../../src/interactions/present/people-names.js';
import { aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();

describe('the names cards show for people', () => {
  it.each([2, 30])(
    'for %i registered people, the bot and someone gone: each name, the bot’s, and “someone no longer registered”',
    async (count) => {
      const people = await Promise.all(
        Array.from({ length: count }, (_, n) =>
          database.stores.people.save(aPerson({ displayName: `Colleague ${count}-${n}` })),
        ),
      );
      const ids = ['system', ...people.map((person) => person._id), 'person-gone', people[0]?._id ?? ''];

      const names = await peopleNames(database.stores, ids);

      expect(names.get('system')).toBe('Challenge Day bot');
      expect(names.get('person-gone')).toBe('someone no longer registered');
      for (const [n, person] of people.entries()) expect(names.get(person._id)).toBe(`Colleague ${count}-${n}`);
      expect(names.size).toBe(count + 2);
    },
  );
});
