import { z } from 'zod/v4';
import type { Fact } from '../../cards/card-data.js';
import { displayDateTime } from '../../cards/display-time.js';
import { rosterRolesSchema, type RosterRoles } from '../../domain/forms/roster-roles.js';
import { addPerson } from '../../domain/people/manage-person.js';
import { mayAddChannelMembers } from '../../domain/people/permissions.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { entityId } from '../../domain/shared/fields.js';
import { newId } from '../../domain/shared/new-id.js';
import { savePersonChange } from '../../store/person-changes.js';
import { receipt } from '../present/message-cards.js';
import { rosterRoleInput } from '../present/roster-card.js';
import { defineVerb } from './card-verb.js';

const NOT_FOUND =
  'That list of members was not found: lists are kept for 7 days. Ask “who here is not registered?” in the channel again.';

/**
 * The roster card's one button: every member offered is added to the channel's district with the role
 * chosen for them (staff unless changed), each with its audit event. Someone registered since the card was
 * made is left as they are; pressing again adds nobody twice.
 */
export const rosterAddVerb = defineVerb({
  name: 'roster.add',
  context: z.strictObject({ offerId: entityId }),
  submission: rosterRolesSchema,
  form: null,
  mayUse: mayAddChannelMembers,
  async handle(deps, { person, actor, context, submission, now }) {
    const offer = await deps.stores.rosterOffers.findById(context.offerId);
    if (!offer) return refuse('not_found', NOT_FOUND);
    const district = await deps.stores.districts.findById(offer.districtId);
    if (!district) return refuse('not_found', NOT_FOUND);
    if (offer.addedAt) {
      const by = offer.addedBy ? ((await deps.stores.people.findById(offer.addedBy))?.displayName ?? 'someone') : '';
      return succeed(
        receipt(
          `These members were added already`,
          person.displayName,
          now,
          [{ title: 'Added', value: `by ${by}, ${displayDateTime(offer.addedAt)}` }],
          'Nothing was changed this time.',
        ),
      );
    }
    const added: string[] = [];
    const registered: string[] = [];
    const refused: string[] = [];
    for (const [index, candidate] of offer.candidates.entries()) {
      if (await deps.stores.people.findByEmail(candidate.email)) {
        registered.push(candidate.displayName);
        continue;
      }
      const role = submission[rosterRoleInput(index) as keyof RosterRoles] ?? 'staff';
      const change = addPerson(
        newId('person'),
        { displayName: candidate.displayName, email: candidate.email, roles: [role], districtIds: [district._id] },
        { actor, at: now },
      );
      if (!change.ok) {
        refused.push(`${candidate.displayName} (${change.error.userMessage})`);
        continue;
      }
      // Someone who registered them a moment ago holds the email: they are left as they are.
      const saved = await savePersonChange(deps.stores, change.value);
      (saved.ok ? added : registered).push(candidate.displayName);
    }
    await deps.stores.rosterOffers.markAdded(offer._id, person._id, now);
    const facts: Fact[] = [
      { title: `Added to ${district.name}`, value: added.join(', ') || 'nobody' },
      ...(registered.length > 0
        ? [{ title: 'Registered already, left as they are', value: registered.join(', ') }]
        : []),
      ...(refused.length > 0 ? [{ title: 'Not added', value: refused.join('; ') }] : []),
    ];
    return succeed(
      receipt(
        added.length === 1 ? '1 person added' : `${added.length} people added`,
        person.displayName,
        now,
        facts,
        'Each is recognised by their work email the first time they write to the bot.',
      ),
    );
  },
});
