import type { PlatformIdentity } from '../domain/people/platform-identity.js';
import { identityKey } from './person-identities.js';

/** About a county's people on both platforms, with room to spare; beyond it the oldest are forgotten. */
const MOST_REMEMBERED = 10_000;

/**
 * Which person each platform identity was last found to belong to, in this process: a hint that saves
 * reading the identity's pointer on every turn, never an answer. Whoever uses it reads the person's own
 * record (as every turn does anyway, for their roles, districts and whether they have left) and trusts
 * the hint only if that record still holds the identity; the people's unique identity indexes keep an
 * identity to one record. So a change made on another instance — a role removed, a person marked as left,
 * an identity moved to someone else — is seen on the very next turn here: nothing permissions read is
 * cached, and a hint gone wrong costs the one pointer read it would have saved.
 */
export class IdentityHolders {
  private readonly holders = new Map<string, string>();

  holderOf(identity: PlatformIdentity): string | undefined {
    return this.holders.get(identityKey(identity));
  }

  remember(identity: PlatformIdentity, personId: string): void {
    const key = identityKey(identity);
    this.holders.delete(key);
    this.holders.set(key, personId);
    if (this.holders.size > MOST_REMEMBERED) {
      const oldest = this.holders.keys().next().value;
      if (oldest !== undefined) this.holders.delete(oldest);
    }
  }

  forget(identity: PlatformIdentity): void {
    this.holders.delete(identityKey(identity));
  }
}
