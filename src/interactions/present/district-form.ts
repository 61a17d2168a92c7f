import { renderCard } from '../../cards/render-card.js';
import type { District } from '../../domain/districts/district.js';
import { mayAddDistricts, mayChangeDistricts } from '../../domain/districts/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import type { DistrictDetails } from '../../domain/districts/district-details.js';
import type { Person } from '../../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import type { FormRecordIds, FormRenderer } from '../verbs/card-verb.js';
import { formReply } from './form-reply.js';

/** A district as its form's inputs read it, to change it. */
const valuesOf = (district: District) => ({
  name: district.name,
  matLocality: district.matLocality,
  aliases: district.aliases.join(', '),
});

/**
 * The district form: empty to add a district, or filled in with one (its `districtId`) to rename or change
 * it. A district that does not exist, or is retired, is answered plainly rather than offered.
 */
export const districtForm: FormRenderer = async (deps, person, ids, state) => {
  const actor = actorFor(person);
  const allowed = ids.districtId ? mayChangeDistricts(actor) : mayAddDistricts(actor);
  if (!allowed.ok) return allowed;
  const district = ids.districtId ? await deps.stores.districts.findById(ids.districtId) : null;
  if (ids.districtId && !district) return refuse('not_found', 'That district was not found.');
  if (district?.retiredAt) {
    return refuse('invalid_transition', `${district.name} is retired, so it cannot be changed.`);
  }
  const card = renderCard('district-form', {
    districtId: district?._id ?? '',
    districtName: district?.name ?? '',
    ...(district && !state.values ? { values: valuesOf(district) } : {}),
    ...state,
  });
  return succeed(formReply(card, district ? `Change ${district.name}` : 'Add a district', state));
};

/**
 * The district form shown again with what the person wrote and, beside the input at fault, why it was
 * refused (a name another district already has); a refusal about nothing on the form passes on as it is.
 */
export async function districtFormAgain(
  deps: InteractionDeps,
  person: Person,
  ids: FormRecordIds,
  written: DistrictDetails,
  refused: Outcome<never>,
): Promise<Outcome<Reply>> {
  if (refused.ok || Object.keys(refused.error.details).length === 0) return refused;
  const shown = await districtForm(deps, person, ids, {
    values: { name: written.name, matLocality: written.matLocality, aliases: written.aliases.join(', ') },
    errors: refused.error.details,
  });
  return shown.ok ? shown : refused;
}
