import type { Db } from 'mongodb';
import { z } from 'zod/v4';
import type { Person } from '../domain/people/person.js';
import type { PlatformIdentity } from '../domain/people/platform-identity.js';
import { entityId } from '../domain/shared/fields.js';
import { ValidatedCollection, isDuplicateKey } from './validated-collection.js';
import { driver } from './driver-collection.js';

/**
 * Which person a platform identity belongs to, stored under an `_id` derived from the identity
 * (`teams:<AAD object id>`, `slack:<user id>`). Recognising the sender happens on every turn, and a lookup by
 * `_id` is the one query the embedded FerretDB answers without reading the whole collection. The derived
 * `_id` also keeps an identity to one person. The person's own record stays the truth: an entry is a pointer
 * that the people store keeps in step and checks before trusting it (people.ts).
 */
const personIdentitySchema = z.strictObject({
  _id: z.string().min(1).max(200),
  personId: entityId,
  /**
   * When the person last opened the bot's Slack App Home. Their home is published again after a step taken
   * elsewhere only if they have opened it: a home nobody has opened is built fresh when it first is.
   */
  homeOpenedAt: z.date().optional(),
});
export type PersonIdentity = z.infer<typeof personIdentitySchema>;

export function identityKey({ platform, platformUserId }: PlatformIdentity): string {
  return `${platform}:${platformUserId}`;
}

/** The platform identities a person's record gives them; none for a person not yet known on any platform. */
export function identitiesOf(person: Person | null): PlatformIdentity[] {
  const { teamsAadObjectId, slackUserId } = person?.identities ?? {};
  return [
    ...(teamsAadObjectId ? [{ platform: 'teams' as const, platformUserId: teamsAadObjectId }] : []),
    ...(slackUserId ? [{ platform: 'slack' as const, platformUserId: slackUserId }] : []),
  ];
}

export function holdsIdentity(person: Person, identity: PlatformIdentity): boolean {
  return identitiesOf(person).some((held) => identityKey(held) === identityKey(identity));
}

export class PersonIdentityRepository {
  readonly collection: ValidatedCollection<PersonIdentity>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'person_identities', personIdentitySchema, []);
  }

  /** The id of the person the identity points at, if any: one read by `_id`. */
  async personIdOf(identity: PlatformIdentity): Promise<string | null> {
    return (await this.collection.findById(identityKey(identity)))?.personId ?? null;
  }

  /**
   * Claims the identity for a person. Returns the id of the person it points at afterwards: this person's
   * when the claim was made (or was theirs already), another's when someone holds it.
   */
  async claim(identity: PlatformIdentity, personId: string): Promise<string> {
    try {
      await this.collection.insert({ _id: identityKey(identity), personId });
      return personId;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Gone again between the insert and this read (released by its holder): point it here.
      return (await this.personIdOf(identity)) ?? (await this.pointAt(identity, personId));
    }
  }

  /** Points the identity at the person, whoever it pointed at before: for a pointer found out of step. */
  async pointAt(identity: PlatformIdentity, personId: string): Promise<string> {
    await this.collection.replaceById({ _id: identityKey(identity), personId });
    return personId;
  }

  /** Records that the person has opened the App Home this identity's platform shows them. */
  async noteHomeOpened(identity: PlatformIdentity, at: Date): Promise<void> {
    await this.collection[driver].updateOne({ _id: identityKey(identity) }, { $set: { homeOpenedAt: at } });
  }

  /** Whether the person has ever opened their App Home under this identity: one read by `_id`. */
  async hasOpenedHome(identity: PlatformIdentity): Promise<boolean> {
    return (await this.collection.findById(identityKey(identity)))?.homeOpenedAt !== undefined;
  }

  /** Removes the identity's pointer if it still points at this person (and not at someone who took it since). */
  async release(identity: PlatformIdentity, personId: string): Promise<void> {
    await this.collection[driver].deleteOne({ _id: identityKey(identity), personId });
  }
}
