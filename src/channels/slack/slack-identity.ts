import { identifyPerson } from '../../domain/people/identify-person.js';
import type { Person } from '../../domain/people/person.js';
import type { PlatformProfile } from '../../domain/people/platform-profile.js';
import { recogniseSender } from '../../domain/people/recognise-sender.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import { newId } from '../../domain/shared/new-id.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { senderRecords } from '../../store/sender-records.js';
import type { Stores } from '../../store/stores.js';

/** The registered person behind a Slack user id from a payload, if that id is linked to one already. */
export function personFromSlack(stores: Pick<Stores, 'people'>, slackUserId: string): Promise<Outcome<Person>> {
  return identifyPerson(stores.people, { platform: 'slack', platformUserId: slackUserId });
}

/**
 * Whoever sent a payload (its own `user.id` or `user_id`): their registered person, or, the first time
 * someone writes, the person whose work email Slack gives for them (linked now), or a new QA manager named
 * in BOOTSTRAP_ADMIN_EMAILS.
 */
export function recogniseSlackSender(
  deps: {
    readonly interactions: InteractionDeps;
    readonly bootstrapAdminEmails: readonly string[];
    readonly lookUpProfile: (slackUserId: string) => Promise<PlatformProfile | undefined>;
  },
  slackUserId: string,
): Promise<Outcome<Person>> {
  return recogniseSender(
    senderRecords(deps.interactions.stores),
    { platform: 'slack', platformUserId: slackUserId },
    () => deps.lookUpProfile(slackUserId),
    {
      bootstrapAdminEmails: deps.bootstrapAdminEmails,
      now: deps.interactions.now(),
      newPersonId: () => newId('person'),
    },
  );
}
