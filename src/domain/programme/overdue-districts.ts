import type { Programme } from './programme.js';
import { daysOf, type ProgrammeDay } from './propose-dates.js';

const DAY_MS = 86_400_000;

/** A district behind its programme, and why. */
export type OverdueDistrict =
  /** Its proposed day passed without a Challenge Day planned for it (the latest such day). */
  | { readonly districtId: string; readonly kind: 'missed'; readonly proposedDate: Date; readonly lastDay?: Date }
  /** Its last Challenge Day was longer ago than its rota's interval. */
  | {
      readonly districtId: string;
      readonly kind: 'past_interval';
      readonly lastDay: Date;
      readonly everyWeeks: number;
    };

/**
 * The districts of the programme that are overdue for a Challenge Day on `today` (a London calendar date): those
 * whose proposed (or moved) day has passed without a day planned in its slot, and those whose last day (held or
 * planned, not cancelled, on or before today: `lastDays`) is longer ago than their interval. A skipped day is
 * not missed. In the programme's district order.
 */
export function overdueDistricts(
  programme: Pick<Programme, 'rota'>,
  days: readonly ProgrammeDay[],
  lastDays: ReadonlyMap<string, Date>,
  today: Date,
): OverdueDistrict[] {
  const overdue: OverdueDistrict[] = [];
  for (const rota of programme.rota) {
    const lastDay = lastDays.get(rota.districtId);
    const missed = daysOf(days, rota.districtId)
      .filter((day) => (day.state === 'proposed' || day.state === 'moved') && day.date < today)
      .at(-1);
    if (missed && !(lastDay && lastDay >= missed.date)) {
      overdue.push({
        districtId: rota.districtId,
        kind: 'missed',
        proposedDate: missed.date,
        ...(lastDay ? { lastDay } : {}),
      });
    } else if (lastDay && today.getTime() - lastDay.getTime() > rota.everyWeeks * 7 * DAY_MS) {
      overdue.push({ districtId: rota.districtId, kind: 'past_interval', lastDay, everyWeeks: rota.everyWeeks });
    }
  }
  return overdue;
}
