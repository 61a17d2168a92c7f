import { describe, expect, it } from 'vitest';
import { SameTurnUpdates } from '../../src/store/same-turn-updates.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('updates sent together in one command', () => {
  it('an update the database refuses fails for its caller alone; the others in the same turn are kept', async () => {
    const collection = database.db.collection<{ _id: string; count: { n: number } | string }>('same_turn_counts');
    await collection.insertMany([
      { _id: 'a', count: { n: 1 } },
      { _id: 'b', count: 'not a sub-document' },
      { _id: 'c', count: { n: 3 } },
    ]);
    const updates = new SameTurnUpdates(collection);

    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c'].map((_id) => updates.updateOne({ _id }, { $set: { 'count.checked': true } })),
    );

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await collection.find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'a', count: { n: 1, checked: true } },
      { _id: 'b', count: 'not a sub-document' },
      { _id: 'c', count: { n: 3, checked: true } },
    ]);
  });
});
