import type { TurnContext } from 'botbuilder';
import { identifyPerson } from '../../domain/people/identify-person.js';
import type { Person } from '../../domain/people/person.js';
import type { PlatformIdentity } from '../../domain/people/platform-identity.js';
import { recogniseSender } from '../../domain/people/recognise-sender.js';
import { newId } from '../../domain/shared/new-id.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import type { Logger } from '../../logger.js';
import { senderRecords } from '../../store/sender-records.js';
import type { Stores } from '../../store/stores.js';
import { teamsMemberProfile } from './teams-member-profile.js';

/** The Teams identity of an activity: always the authenticated `from.aadObjectId`, never card data. */
function teamsIdentity(context: TurnContext): PlatformIdentity | undefined {
  const aadObjectId = context.activity.from?.aadObjectId;
  return aadObjectId ? { platform: 'teams', platformUserId: aadObjectId } : undefined;
}

/** The registered person behind a Teams activity, if its identity is linked to one already. */
export function personFromTeams(stores: Pick<Stores, 'people'>, context: TurnContext): Promise<Outcome<Person>> {
  return identifyPerson(stores.people, teamsIdentity(context));
}

/**
 * Whoever wrote this activity: its registered person, or, the first time someone writes, the person whose
 * work email Teams gives for them (linked now), or a new QA manager named in BOOTSTRAP_ADMIN_EMAILS.
 */
export function recogniseTeamsSender(
  deps: {
    readonly interactions: InteractionDeps;
    readonly bootstrapAdminEmails: readonly string[];
    readonly logger: Logger;
  },
  context: TurnContext,
): Promise<Outcome<Person>> {
  return recogniseSender(
    senderRecords(deps.interactions.stores),
    teamsIdentity(context),
    () => teamsMemberProfile(context, deps.logger),
    {
      bootstrapAdminEmails: deps.bootstrapAdminEmails,
      now: deps.interactions.now(),
      newPersonId: () => newId('person'),
    },
  );
}
