import { actorFor } from '../../domain/people/actor.js';
import type { ThemesQuery } from '../../domain/questions/query.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { mayAskAboutThemes, themeDistrictIds } from '../../domain/themes/permissions.js';
import { nameWords } from '../../domain/themes/safe-excerpt.js';
import { themeCounts } from '../../domain/themes/theme-counts.js';
import { themedRecords } from '../../domain/themes/themed-records.js';
import { capturedOnDays } from '../captured-on-days.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { themesAnswer } from '../present/themes-answer-card.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

/** The most people whose names are kept out of excerpts: the whole county's register. */
const PEOPLE_READ = 5000;

/**
 * "recurring themes in Erewash", "themes this year": the learning themes of the Challenge Days the asker
 * may see (need-to-know as for the action plan), by count and trend, with excerpts that name nobody.
 */
export async function answerThemes(
  deps: InteractionDeps,
  message: TextMessage,
  query: ThemesQuery,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const allowed = mayAskAboutThemes(actor, query.districtId);
  if (!allowed.ok) return allowed;
  const districtIds = query.districtId ? [query.districtId] : themeDistrictIds(actor);
  const [days, themes, districts, people] = await Promise.all([
    deps.stores.challengeDays.heldBetween(districtIds, query.period.from, query.period.until),
    deps.stores.themes.all(),
    deps.stores.districts.all(),
    deps.stores.people.displayNames(PEOPLE_READ),
  ]);
  const districtNames = new Map(districts.map((district) => [district._id, district.name]));
  if (query.districtId && !districtNames.has(query.districtId))
    return refuse('not_found', 'That district was not found.');
  const records = themedRecords(await capturedOnDays(deps.stores, days));
  const counts = themeCounts(records, query.period, {
    themes,
    namesToAvoid: nameWords(people.map((person) => person.displayName)),
  });
  const place = query.districtId
    ? `in ${districtNames.get(query.districtId) ?? ''}`
    : districtIds === undefined
      ? 'across the county'
      : `in ${districtIds.map((id) => districtNames.get(id) ?? id).join(' and ')}`;
  return succeed(
    themesAnswer(counts, themes, {
      place,
      periodLabel: query.period.label,
      byDay: districtIds?.length === 1,
      recordCount: records.length,
      dayCount: days.length,
    }),
  );
}
