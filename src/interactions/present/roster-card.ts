import type { Choice } from '../../cards/vocabulary.js';
import { renderCard } from '../../cards/render-card.js';
import { ROLE_LABELS, ROLES } from '../../domain/people/roles.js';
import { MEMBERS_PER_CARD, type Roster } from '../../domain/people/roster.js';
import type { Reply } from '../reply.js';

/** The roles a member can be added with; staff first, as the one most members of a district channel hold. */
const ROLE_CHOICES: readonly Choice[] = [
  { title: ROLE_LABELS.staff, value: 'staff' },
  ...ROLES.filter((role) => role !== 'staff').map((role) => ({ title: ROLE_LABELS[role], value: role })),
];

/** A role input's id on the roster card, by the member's place on it: what roster.add reads back. */
export const rosterRoleInput = (index: number): string => `role_${index}`;

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * The card answering "who here is not registered?": each member who can be added, with a role to choose
 * (staff unless changed), those the platform gives no email for and why they cannot be added, and one
 * button adding them all to the channel's district.
 */
export function rosterCard(roster: Roster, districtName: string, offerId: string): Reply {
  const unregistered = roster.candidates.length + roster.moreCount + roster.withoutEmail.length;
  const summary =
    unregistered === 0
      ? `Everyone here is registered with the bot (this channel is linked to ${districtName}).`
      : `${people(unregistered)} here ${unregistered === 1 ? 'is' : 'are'} not registered with the bot (this channel is linked to ${districtName}).`;
  return {
    card: renderCard('roster', {
      title: 'Not registered yet',
      summary,
      districtName,
      offerId,
      addLabel: roster.candidates.length === 1 ? 'Add them' : `Add all ${roster.candidates.length}`,
      candidates: roster.candidates.map((candidate, index) => ({
        inputId: rosterRoleInput(index),
        displayName: candidate.displayName,
        email: candidate.email,
        role: 'staff',
      })),
      roles: ROLE_CHOICES,
      moreLabel: roster.moreCount > 0 ? `And ${roster.moreCount} more: ask again once these are added.` : '',
      withoutEmail: [
        ...roster.withoutEmail.slice(0, MEMBERS_PER_CARD),
        ...(roster.withoutEmail.length > MEMBERS_PER_CARD
          ? [`and ${roster.withoutEmail.length - MEMBERS_PER_CARD} more`]
          : []),
      ],
    }),
    text: summary,
    audience: 'person',
  };
}
