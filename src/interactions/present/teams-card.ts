import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import type { District } from '../../domain/districts/district.js';
import { managesDistricts } from '../../domain/districts/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';
import { plural, retiredOn } from './districts-card.js';
import { peopleNames } from './people-names.js';
import { teamSiteLabel } from './team-site-label.js';

/**
 * A district's case-holding teams with their managers; the retired ones in a line of their own. A retired
 * district's teams still read, without buttons: nothing is added to a district no longer in use.
 */
export async function teamsReply(
  stores: Pick<Stores, 'teams' | 'people'>,
  person: Person,
  district: District,
): Promise<Reply> {
  const teams = await stores.teams.inDistrict(district._id);
  const managers = await peopleNames(
    stores,
    teams.map((team) => team.managerId),
  );
  const managerOf = (id: string) => managers.get(id) ?? 'someone no longer known';
  const active = teams.filter((team) => !team.retiredAt);
  const retired = teams.filter((team) => team.retiredAt);
  const { shown, moreCount } = firstOf(active, CARD_LIMITS.listedTeams);
  const countLabel = district.retiredAt
    ? `${district.name} was retired on ${retiredOn(district.retiredAt)}.`
    : `${active.length === 0 ? 'No team' : plural(active.length, 'team')} in use${retired.length > 0 ? `, ${retired.length} retired` : ''}`;
  return {
    card: renderCard('teams', {
      districtId: district._id,
      districtName: district.name,
      countLabel,
      active: shown.map((team) => ({
        teamId: team._id,
        name: team.name,
        managerName: managerOf(team.managerId),
        siteLabel: teamSiteLabel(team, district),
      })),
      moreCount,
      retiredLabel: retired
        .map((team) => `${team.name} (manager ${managerOf(team.managerId)}; retired ${retiredOn(team.retiredAt)})`)
        .join(', '),
      canManage: managesDistricts(actorFor(person)) && !district.retiredAt,
    }),
    text: `Teams in ${district.name}: ${countLabel}`,
    audience: 'person',
  };
}
