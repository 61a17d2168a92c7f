import { DateTime } from 'luxon';
import type { ApiClient } from '../../domain/api-access/api-client.js';
import { districtsOfList, mayReadDistrict } from '../../domain/api-access/permissions.js';
import { calendarDateFromIso, isoFromCalendarDate, londonCalendarDate } from '../../domain/shared/london-time.js';
import { themeCounts } from '../../domain/themes/theme-counts.js';
import { themedRecords } from '../../domain/themes/themed-records.js';
import { capturedOnDays } from '../../interactions/captured-on-days.js';
import type { Stores } from '../../store/stores.js';
import { readParameters, refused, type ApiAnswer } from './api-answer.js';
import { noQuerySchema } from './api-schemas.js';
import { themeCountsQuerySchema, themeCountsSchema, themeListSchema } from './api-theme-schemas.js';
import { themeCountView, themeView } from './api-theme-views.js';

type ThemeCall = { client: ApiClient; query: unknown };

/** The longest period counted: the domain counts month by month, up to ten years. */
const MOST_DAYS = 3660;

/** `/themes`: the vocabulary, retired themes too (records still carry them). */
export function themeListEndpoint(stores: Stores) {
  return async ({ query }: ThemeCall): Promise<ApiAnswer> => {
    const asked = readParameters(noQuerySchema, query);
    if ('answer' in asked) return asked.answer;
    const themes = await stores.themes.all();
    return { status: 200, schema: themeListSchema, body: { data: themes.map(themeView) }, records: themes.length };
  };
}

/**
 * `/themes/counts`: how often the Challenge Days of the client's districts recorded each theme, by month and by
 * day, and its trend. The records reach the counting without their free text, so no example sentence can be
 * made, let alone served; they never carry an author or a case.
 */
export function themeCountsEndpoint(stores: Stores, now: () => Date) {
  return async ({ client, query }: ThemeCall): Promise<ApiAnswer> => {
    const asked = readParameters(themeCountsQuerySchema, query);
    if ('answer' in asked) return asked.answer;
    const { district } = asked.value;
    if (district !== undefined) {
      const allowed = mayReadDistrict(client, district);
      if (!allowed.ok) return refused(403, allowed.error.userMessage);
    }
    const today = DateTime.fromJSDate(londonCalendarDate(now()), { zone: 'utc' });
    const from = asked.value.from
      ? calendarDateFromIso(asked.value.from)
      : today.minus({ months: 11 }).startOf('month').toJSDate();
    const to = asked.value.to ? calendarDateFromIso(asked.value.to) : today.toJSDate();
    const until = DateTime.fromJSDate(to, { zone: 'utc' }).plus({ days: 1 }).toJSDate();
    const days = (until.getTime() - from.getTime()) / 86_400_000;
    if (days < 1 || days > MOST_DAYS) {
      return refused(
        400,
        'The request was not understood: from must be on or before to, and at most ten years before it.',
      );
    }
    const districtIds = districtsOfList(client, district);
    const heldDays = await stores.challengeDays.heldBetween(districtIds, from, until);
    const records = themedRecords(await capturedOnDays(stores, heldDays)).map((record) => ({ ...record, texts: [] }));
    const counts = themeCounts(records, { from, until });
    return {
      status: 200,
      schema: themeCountsSchema,
      body: {
        from: isoFromCalendarDate(from),
        to: isoFromCalendarDate(to),
        districtIds: districtIds === undefined ? null : [...districtIds],
        records: records.filter((record) => record.dayDate >= from && record.dayDate < until).length,
        themes: counts.map(themeCountView),
      },
      records: counts.length,
    };
  };
}
