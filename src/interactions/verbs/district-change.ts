import { changeDistrict } from '../../domain/districts/change-district.js';
import { mayChangeDistricts } from '../../domain/districts/permissions.js';
import { districtSubmissionSchema } from '../../domain/forms/district.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { districtForm, districtFormAgain } from '../present/district-form.js';
import { receipt } from '../present/message-cards.js';
import { defineVerb } from './card-verb.js';
import { districtContext } from './verb-contexts.js';

/**
 * The district form, filled in and changed by a QA manager: renamed, another MAT locality, other aliases.
 * Its id stays, so its days, actions, channels and people stay with it; the change is audited field by field.
 */
export const districtChangeVerb = defineVerb({
  name: 'district.change',
  context: districtContext,
  submission: districtSubmissionSchema,
  form: districtForm,
  mayUse: mayChangeDistricts,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const district = await deps.stores.districts.findById(context.districtId);
    if (!district) return refuse('not_found', 'That district was not found.');
    const changed = changeDistrict(district, submission, await deps.stores.districts.all(), { actor, commandId, now });
    if (!changed.ok) return districtFormAgain(deps, person, context, submission, changed);
    await deps.stores.districts.save(changed.value.district);
    await deps.stores.auditEvents.record(changed.value.audit);
    const { name, matLocality, aliases } = changed.value.district;
    return succeed(
      receipt(
        district.name === name ? `District changed: ${name}` : `District renamed: ${district.name} is now ${name}`,
        person.displayName,
        now,
        [
          { title: 'MAT locality', value: matLocality },
          { title: 'Other names', value: aliases.join(', ') || 'None' },
        ],
        'Its Challenge Days, actions, linked channels and people stay with it.',
      ),
    );
  },
});
