import type { Fact } from '../../cards/card-data.js';
import type { Person } from '../../domain/people/person.js';
import { ROLE_LABELS } from '../../domain/people/roles.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/** What a person's record says, as facts for a receipt: email, roles, districts, team, manager, agency. */
export async function personFacts(stores: Pick<Stores, 'people' | 'districts'>, person: Person): Promise<Fact[]> {
  const [districts, names] = await Promise.all([
    stores.districts.all(),
    peopleNames(stores, person.managerId ? [person.managerId] : []),
  ]);
  const districtName = new Map(districts.map((district) => [district._id, district.name]));
  return [
    { title: 'Work email', value: person.email ?? '' },
    { title: 'Roles', value: person.roles.map((role) => ROLE_LABELS[role]).join(', ') },
    { title: 'Districts', value: person.districtIds.map((id) => districtName.get(id) ?? id).join(', ') || 'None' },
    ...(person.teamName ? [{ title: 'Team', value: person.teamName }] : []),
    ...(person.managerId ? [{ title: 'Line manager', value: names.get(person.managerId) ?? '' }] : []),
    ...(person.agency ? [{ title: 'Agency', value: person.agency }] : []),
  ];
}

/** Whether the bot knows their chat accounts yet: "Linked in Teams and Slack", or when they will be. */
export function linkedLabel(person: Person): string {
  const platforms = [
    ...(person.identities.teamsAadObjectId ? ['Teams'] : []),
    ...(person.identities.slackUserId ? ['Slack'] : []),
  ];
  return platforms.length > 0
    ? `Linked in ${platforms.join(' and ')}`
    : 'Not linked yet: they will be the first time they write to the bot';
}
