/** Staff get 48 hours' notice of a Challenge Day (quality manual, section 3). */
export const NOTICE_HOURS = 48;

/**
 * When the notice of a day starting at `startsAt` is due: 48 elapsed hours before it. Counting real hours
 * (not "the same London clock time two days earlier") keeps the promise of 48 hours' notice across the
 * clock changes: in spring the same clock time would give only 47 hours, in autumn 49.
 */
export function noticeDueAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - NOTICE_HOURS * 3_600_000);
}
