/**
 * How late scheduled work may still be planned: work whose day passed while the bot was down goes late, once,
 * if that day was within this many calendar days. Older work is not sent at all — a reminder a fortnight
 * late helps nobody — and, as done work is purged a week after it ran at the soonest, this also keeps work
 * that was done and purged from ever being planned, and sent, again.
 */
export const CATCH_UP_DAYS = 7;

const DAY_MS = 86_400_000;

/** Whether work for `day` may be planned on `today` (both London calendar dates): it is due and not too late. */
export function withinCatchUp(day: Date, today: Date): boolean {
  const late = today.getTime() - day.getTime();
  return late >= 0 && late < CATCH_UP_DAYS * DAY_MS;
}
