import { displayDate } from '../../cards/display-time.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import { isActive, type District } from '../../domain/districts/district.js';
import { managesDistricts } from '../../domain/districts/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';

/** The London day a record was retired on, e.g. "Tue 1 Dec 2026". */
export const retiredOn = (retiredAt: Date | undefined): string =>
  retiredAt ? displayDate(londonCalendarDate(retiredAt)) : 'earlier';

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function detailsOf(district: District, teamCount: number): string {
  const aliases = district.aliases.length > 0 ? `Also: ${district.aliases.join(', ')}` : 'No other names';
  return `${aliases} · ${teamCount > 0 ? plural(teamCount, 'team') : 'no team yet'}`;
}

/**
 * The county's districts with their MAT localities, other names and how many teams each has; the retired
 * ones in a line of their own. Anyone registered may read it; only a QA manager sees its buttons.
 */
export async function districtsReply(stores: Pick<Stores, 'districts' | 'teams'>, person: Person): Promise<Reply> {
  const [districts, teamCounts] = await Promise.all([stores.districts.all(), stores.teams.countsByDistrict()]);
  const active = districts.filter(isActive);
  const retired = districts.filter((district) => !isActive(district));
  const { shown, moreCount } = firstOf(active, CARD_LIMITS.listedDistricts);
  const countLabel =
    active.length === 0 && retired.length === 0
      ? 'The county has no district yet.'
      : `${plural(active.length, 'district')} in use${retired.length > 0 ? `, ${retired.length} retired` : ''}`;
  return {
    card: renderCard('districts', {
      countLabel,
      active: shown.map((district) => ({
        districtId: district._id,
        name: district.name,
        matLocality: district.matLocality,
        detailsLabel: detailsOf(district, teamCounts.get(district._id) ?? 0),
      })),
      moreCount,
      retiredLabel: retired.map((district) => `${district.name} (retired ${retiredOn(district.retiredAt)})`).join(', '),
      canManage: managesDistricts(actorFor(person)),
    }),
    text: `Districts: ${countLabel}`,
    audience: 'person',
  };
}
