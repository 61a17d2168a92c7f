import type { PeopleListLine } from '../../cards/card-data.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import { actorFor } from '../../domain/people/actor.js';
import { mayListPeopleIn } from '../../domain/people/permissions.js';
import type { Person } from '../../domain/people/person.js';
import { ROLE_LABELS } from '../../domain/people/roles.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import { linkedLabel } from './person-facts.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function lineOf(person: Person): PeopleListLine {
  const roles = person.roles.map((role) => ROLE_LABELS[role]).join(', ');
  return {
    personId: person._id,
    name: person.displayName,
    detailsLabel: [roles, person.teamName, person.agency].filter(Boolean).join(' · '),
    linkedLabel: linkedLabel(person),
  };
}

/**
 * "people in Chesterfield": the district's current people by name, a page at a time (a district has a
 * hundred or more), each with buttons to change them or record that they left. Leavers are only counted.
 */
export async function peopleListCard(
  deps: InteractionDeps,
  viewer: Person,
  districtId: string,
  page: number,
): Promise<Outcome<Reply>> {
  const allowed = mayListPeopleIn(actorFor(viewer), districtId);
  if (!allowed.ok) return allowed;
  const district = await deps.stores.districts.findById(districtId);
  if (!district) return refuse('not_found', 'That district was not found.');
  const size = CARD_LIMITS.peoplePerPage;
  const [{ people, total }, leftCount] = await Promise.all([
    deps.stores.people.currentInDistrict(districtId, { skip: page * size, limit: size }),
    deps.stores.people.leftInDistrictCount(districtId),
  ]);
  const pages = Math.max(1, Math.ceil(total / size));
  const totalLabel = [
    count(total, 'person', 'people'),
    ...(leftCount > 0 ? [`and ${count(leftCount, 'who has', 'who have')} left`] : []),
  ].join(', ');
  return succeed({
    card: renderCard('people-list', {
      heading: `People in ${district.name}`,
      totalLabel,
      districtId,
      people: people.map(lineOf),
      pageLabel: pages > 1 ? `Page ${page + 1} of ${pages}` : '',
      // Paging buttons send the page number the person will see (1-based).
      previousPage: page > 0 ? String(page) : '',
      nextPage: page + 1 < pages ? String(page + 2) : '',
    }),
    text: `People in ${district.name}: ${totalLabel}`,
    audience: 'person',
  });
}

/** Several people a manager may manage have the name they typed: they choose one by its buttons. */
export function namedPeopleCard(name: string, people: readonly Person[]): Reply {
  const heading = `${people.length} people are called ${name}: choose one`;
  return {
    card: renderCard('people-list', {
      heading,
      totalLabel: 'Their roles, team and whether they are linked tell them apart.',
      districtId: '',
      people: people.map(lineOf),
      pageLabel: '',
      previousPage: '',
      nextPage: '',
    }),
    text: heading,
    audience: 'person',
  };
}
