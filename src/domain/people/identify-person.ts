import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { Platform } from '../links/conversation-link.js';
import type { Person } from './person.js';

/** The port through which the domain finds who someone is from their platform identity. */
export interface PersonDirectory {
  findByTeamsId(aadObjectId: string): Promise<Person | null>;
  findBySlackId(slackUserId: string): Promise<Person | null>;
}

export const NOT_REGISTERED_MESSAGE =
  'You are not registered with the Challenge Day bot yet, so it cannot act for you. Ask your QA manager to add you.';

/**
 * Finds the registered person behind an authenticated platform identity. The identity must come from the
 * platform's own request (Teams `from.aadObjectId`, Slack `user.id`), never from data inside a card.
 */
export async function identifyPerson(
  directory: PersonDirectory,
  platform: Platform,
  platformUserId: string | undefined,
): Promise<Outcome<Person>> {
  if (!platformUserId) return refuse('not_registered', NOT_REGISTERED_MESSAGE);
  const person =
    platform === 'teams'
      ? await directory.findByTeamsId(platformUserId)
      : await directory.findBySlackId(platformUserId);
  return person ? succeed(person) : refuse('not_registered', NOT_REGISTERED_MESSAGE);
}
