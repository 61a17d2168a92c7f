import { describe, expect, it } from 'vitest';
import { anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('short action references', () => {
  it('two actions created at the same moment get different references, each found by its own', async () => {
    const [first, second] = await Promise.all([
      database.stores.actions.create(anAction()),
      database.stores.actions.create(anAction()),
    ]);

    expect(first.reference).toMatch(/^A-\d+$/);
    expect(second.reference).toMatch(/^A-\d+$/);
    expect(first.reference).not.toBe(second.reference);
    expect((await database.stores.actions.findByReference(first.reference ?? ''))?._id).toBe(first._id);
    expect((await database.stores.actions.findByReference(second.reference ?? ''))?._id).toBe(second._id);
  });

  it('eight actions created at once all get distinct references', async () => {
    const created = await Promise.all(Array.from({ length: 8 }, () => database.stores.actions.create(anAction())));

    expect(new Set(created.map((action) => action.reference)).size).toBe(8);
  });

  it('an action whose creation is retried keeps the reference it was first given', async () => {
    const action = anAction();
    const first = await database.stores.actions.create(action);
    const again = await database.stores.actions.create(action);

    expect(again.reference).toBe(first.reference);
    expect((await database.stores.actions.findById(action._id))?.reference).toBe(first.reference);
  });

  it('a reference no action has finds nothing', async () => {
    expect(await database.stores.actions.findByReference('A-999999')).toBeNull();
  });

  it('actions stored before references existed each get one at start-up, oldest first, and keep it after', async () => {
    const older = anAction({ createdAt: new Date('2025-01-01T09:00:00Z') });
    const newer = anAction({ createdAt: new Date('2025-02-01T09:00:00Z') });
    // As an earlier version of the bot stored them: no reference field at all.
    await database.db.collection('actions').insertMany([newer, older] as never[]);

    const given = await database.stores.actions.backfillReferences();

    expect(given).toBe(2);
    const [olderNow, newerNow] = await Promise.all([
      database.stores.actions.findById(older._id),
      database.stores.actions.findById(newer._id),
    ]);
    const number = (reference: string | undefined) => Number(reference?.slice(2));
    expect(number(olderNow?.reference)).toBeLessThan(number(newerNow?.reference));
    expect((await database.stores.actions.findByReference(olderNow?.reference ?? ''))?._id).toBe(older._id);

    expect(await database.stores.actions.backfillReferences()).toBe(0);
    expect((await database.stores.actions.findById(older._id))?.reference).toBe(olderNow?.reference);
  });
});
