/** No open case in a county's system goes back further than this. */
const EARLIEST = '1990-01-01';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$/i;
/** A time after the date, as some exports write ("2024-03-05T00:00:00", "05/03/2024 00:00"). */
const TIME_AFTER = /[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?$/;

/** The year, month and day a cell gives, in the forms an export writes; null for any other text. */
function partsOf(text: string): [number, number, number] | null {
  const iso = ISO.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const year = Number(dayFirst[3]);
    return [year < 100 ? 2000 + year : year, Number(dayFirst[2]), Number(dayFirst[1])];
  }
  const named = DAY_MONTH_NAME.exec(text);
  const month = named ? MONTHS.indexOf((named[2] ?? '').toLowerCase()) + 1 : 0;
  return named && month > 0 ? [Number(named[3]), month, Number(named[1])] : null;
}

/**
 * The date a case was opened, as "YYYY-MM-DD", from the forms an export writes (2024-03-05, 05/03/2024 — day
 * first, as in Britain — or 5 Mar 2024; a time after the date is read past); null when it is not a real date,
 * or before 1990, or after today ("YYYY-MM-DD").
 */
export function readDateOpened(cell: string, today: string): string | null {
  const parts = partsOf(cell.trim().replace(TIME_AFTER, ''));
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const iso = date.toISOString().slice(0, 10);
  return iso >= EARLIEST && iso <= today ? iso : null;
}
