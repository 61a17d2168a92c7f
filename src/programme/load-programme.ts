import type { Programme } from '../domain/programme/programme.js';
import { proposeDates, type ProgrammeDay } from '../domain/programme/propose-dates.js';
import type { Stores } from '../store/stores.js';

const DAY_MS = 86_400_000;

/** A year's programme with its days as they stand: proposed from the rota, with the days planned for real. */
export interface ProgrammeYear {
  readonly programme: Programme;
  readonly days: ProgrammeDay[];
}

/**
 * The programme of `year` and its days, or null when none is set. Real Challenge Days (not cancelled) from a
 * year's slot before the year to one after it are read, so a day planned just across New Year still fills its slot.
 */
export async function loadProgramme(
  stores: Pick<Stores, 'programmes' | 'challengeDays'>,
  year: number,
): Promise<ProgrammeYear | null> {
  const programme = await stores.programmes.forYear(year);
  return programme ? { programme, days: await daysOf(stores, programme) } : null;
}

/** The days of a programme as it stands, or as it would stand after a change. */
export async function daysOf(stores: Pick<Stores, 'challengeDays'>, programme: Programme): Promise<ProgrammeDay[]> {
  const margin = 366 * DAY_MS;
  const real = await stores.challengeDays.heldBetween(
    programme.rota.map((line) => line.districtId),
    new Date(Date.UTC(programme.year, 0, 1) - margin),
    new Date(Date.UTC(programme.year + 1, 0, 1) + margin),
  );
  return proposeDates(programme, real);
}
