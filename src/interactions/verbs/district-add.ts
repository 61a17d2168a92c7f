import type { District } from '../../domain/districts/district.js';
import { addDistrict } from '../../domain/districts/add-district.js';
import { mayAddDistricts } from '../../domain/districts/permissions.js';
import { districtSubmissionSchema } from '../../domain/forms/district.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { idForCommand } from '../../domain/shared/new-id.js';
import { districtForm, districtFormAgain } from '../present/district-form.js';
import { receipt } from '../present/message-cards.js';
import { defineVerb } from './card-verb.js';
import { noContext } from './verb-contexts.js';

/** What a QA manager reads once a district is added: what it is, and what to do next. */
function addedReceipt(district: District, byName: string, at: Date) {
  return receipt(
    `District added: ${district.name}`,
    byName,
    at,
    [
      { title: 'MAT locality', value: district.matLocality },
      { title: 'Other names', value: district.aliases.join(', ') || 'None' },
    ],
    `Next: add its teams (“teams in ${district.name}”) and people, then write “link this channel to ${district.name}” in its channel.`,
  );
}

/**
 * The add-a-district form, submitted by a QA manager: the district is stored and audited. A name or alias
 * another district already has (ignoring case) brings the form back with the clash beside it, and nothing
 * is written. The same submission delivered twice adds the district once.
 */
export const districtAddVerb = defineVerb({
  name: 'district.add',
  context: noContext,
  submission: districtSubmissionSchema,
  form: districtForm,
  mayUse: mayAddDistricts,
  async handle(deps, { actor, person, submission, commandId, now }) {
    const id = idForCommand('district', commandId);
    const already = await deps.stores.districts.findById(id);
    if (already) return succeed(addedReceipt(already, person.displayName, now));
    const added = addDistrict(submission, await deps.stores.districts.all(), { actor, id, commandId, now });
    if (!added.ok) return districtFormAgain(deps, person, {}, submission, added);
    if (!(await deps.stores.districts.add(added.value.district))) {
      // Stored meanwhile: the same submission delivered twice at once, or someone else adding the same name.
      const stored = await deps.stores.districts.findById(id);
      if (stored) return succeed(addedReceipt(stored, person.displayName, now));
      const clash = addDistrict(submission, await deps.stores.districts.all(), { actor, id, commandId, now });
      return clash.ok
        ? refuse('conflict', 'That district was added by someone else just now.')
        : districtFormAgain(deps, person, {}, submission, clash);
    }
    await deps.stores.auditEvents.record(added.value.audit);
    return succeed(addedReceipt(added.value.district, person.displayName, now));
  },
});
