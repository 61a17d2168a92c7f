import type { TurnContext } from 'botbuilder';
import { identifyPerson } from '../../domain/people/identify-person.js';
import type { Person } from '../../domain/people/person.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { Stores } from '../../store/stores.js';

/** The registered person behind a Teams activity: always from the authenticated `from.aadObjectId`. */
export function personFromTeams(stores: Pick<Stores, 'people'>, context: TurnContext): Promise<Outcome<Person>> {
  const aadObjectId = context.activity.from?.aadObjectId;
  return identifyPerson(stores.people, aadObjectId ? { platform: 'teams', platformUserId: aadObjectId } : undefined);
}
