import { identifyPerson } from '../../domain/people/identify-person.js';
import type { Person } from '../../domain/people/person.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { Stores } from '../../store/stores.js';

/** The registered person behind a Slack payload: always from the payload's own `user.id` (or `user_id`). */
export function personFromSlack(stores: Pick<Stores, 'people'>, slackUserId: string): Promise<Outcome<Person>> {
  return identifyPerson(stores.people, { platform: 'slack', platformUserId: slackUserId });
}
