import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { Person } from './person.js';
import type { PlatformIdentity } from './platform-identity.js';

/** The port through which the domain finds who someone is from their platform identity. */
export interface PersonDirectory {
  findByIdentity(identity: PlatformIdentity): Promise<Person | null>;
}

export const NOT_REGISTERED_MESSAGE =
  'You are not registered with the Challenge Day bot yet, so it cannot act for you. Ask your QA manager to add you.';

/** For someone recorded as having left (recogniseSender names the QA managers; this path has only the directory). */
export const LEFT_MESSAGE =
  'Your record says you have left the service, so the Challenge Day bot no longer acts for you: if that is wrong, ask your QA manager to change it.';

/**
 * Finds the registered person behind an authenticated platform identity. The identity must come from the
 * platform's own request (Teams `from.aadObjectId`, Slack `user.id`), never from data inside a card; a
 * request that carries none is from nobody registered, and someone recorded as having left is refused.
 */
export async function identifyPerson(
  directory: PersonDirectory,
  identity: PlatformIdentity | undefined,
): Promise<Outcome<Person>> {
  if (!identity?.platformUserId) return refuse('not_registered', NOT_REGISTERED_MESSAGE);
  const person = await directory.findByIdentity(identity);
  if (person?.leftAt) return refuse('not_registered', LEFT_MESSAGE);
  return person ? succeed(person) : refuse('not_registered', NOT_REGISTERED_MESSAGE);
}
