import { programmeReminders } from '../domain/programme/programme-reminders.js';
import { londonCalendarDate } from '../domain/shared/london-time.js';
import { loadProgramme } from '../programme/load-programme.js';
import type { Stores } from '../store/stores.js';

/**
 * Runs at every tick with the other planning: makes sure each reminder to plan a day of the programme exists as
 * scheduled work once its day has come. This year's programme and next year's are read, as a day early in
 * January is reminded of in December. Each reminder is stored under its district and date, so it runs once.
 */
export async function planProgrammeReminders(
  stores: Pick<Stores, 'programmes' | 'challengeDays' | 'scheduledWork'>,
  now: Date,
): Promise<number> {
  const year = londonCalendarDate(now).getUTCFullYear();
  let added = 0;
  for (const programmeYear of [year, year + 1]) {
    const loaded = await loadProgramme(stores, programmeYear);
    if (loaded)
      added += await stores.scheduledWork.scheduleMissing(programmeReminders(loaded.programme, loaded.days, now));
  }
  return added;
}
