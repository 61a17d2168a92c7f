import { workEmail } from './work-email.js';

/** Someone in a team or channel as the platform lists its members: their account, name and work email. */
export interface ChannelMember {
  readonly platformUserId: string;
  readonly displayName: string;
  /** Absent for accounts the platform gives no email for (guests, bots, some external accounts). */
  readonly email?: string;
}

/**
 * A team's or channel's members as read for the roster: those looked up, and how many more the platform
 * listed but the bot did not look up this time (a directory read per member costs a call; they are offered
 * when asked again, once these are added).
 */
export interface ChannelMembers {
  readonly members: readonly ChannelMember[];
  readonly notLookedUp: number;
}

/** A member who can be added: the name and work email their new record will hold. */
export interface RosterCandidate {
  readonly displayName: string;
  readonly email: string;
}

/** The members of a channel who are on no record, as a card offers them. */
export interface Roster {
  /** The first ones, as many as one card offers, in name order. */
  readonly candidates: readonly RosterCandidate[];
  /** Those left for the next card, once these are added. */
  readonly moreCount: number;
  /** Members with no usable work email: nobody could recognise them when they write, so they are not added. */
  readonly withoutEmail: readonly string[];
}

/** How many members one card offers to add; a Teams card and a Slack modal both stay well inside their limits. */
export const MEMBERS_PER_CARD = 25;

/**
 * The roster offered to add, from the channel's members who are on no record (by identity or email): those
 * with a work email, sorted by name and capped at one card, and apart those without one.
 */
export function rosterOf(unregistered: readonly ChannelMember[], notLookedUp = 0): Roster {
  const candidates: RosterCandidate[] = [];
  const withoutEmail: string[] = [];
  const seen = new Set<string>();
  for (const member of unregistered) {
    const email = workEmail.safeParse(member.email ?? '');
    if (!email.success) {
      withoutEmail.push(member.displayName);
      continue;
    }
    if (seen.has(email.data)) continue;
    seen.add(email.data);
    candidates.push({ displayName: member.displayName.trim().slice(0, 120) || email.data, email: email.data });
  }
  candidates.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  withoutEmail.sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    candidates: candidates.slice(0, MEMBERS_PER_CARD),
    moreCount: Math.max(0, candidates.length - MEMBERS_PER_CARD) + notLookedUp,
    withoutEmail,
  };
}
