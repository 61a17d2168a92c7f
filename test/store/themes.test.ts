import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const firstStart = new Date('2026-01-05T08:00:00Z');
const later = new Date('2026-06-01T08:00:00Z');

describe('the themes store', () => {
  it('seeds the starting vocabulary once: a restart adds nothing and brings back nothing retired', async () => {
    const { themes } = database.stores;
    expect(await themes.seedDefaults(firstStart)).toBe(9);
    const chronology = (await themes.all()).find((theme) => theme._id === 'theme-chronology');
    if (!chronology) throw new Error('chronology was not seeded');
    await themes.save({ ...chronology, retiredAt: later });

    expect(await themes.seedDefaults(later)).toBe(0);

    const stored = await themes.all();
    expect(stored).toHaveLength(9);
    expect(stored.map((theme) => theme.name)).toEqual([
      'Assessment',
      'Chronology',
      'Management oversight',
      'Multi-agency working',
      'Planning',
      'Recording',
      'Supervision',
      'Timeliness',
      'Voice of the child',
    ]);
    expect(stored.find((theme) => theme._id === 'theme-chronology')?.retiredAt).toEqual(later);
    expect(stored.every((theme) => theme.addedAt.getTime() === firstStart.getTime())).toBe(true);
  });
});
