import { mayRetireDistricts } from '../../domain/districts/permissions.js';
import { retireDistrict } from '../../domain/districts/retire-district.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { receipt } from '../present/message-cards.js';
import { confirmRetireDistrict } from '../present/retire-confirmations.js';
import { defineVerb } from './card-verb.js';
import { districtHistory } from './district-history.js';
import { districtContext } from './verb-contexts.js';

/**
 * The QA manager confirms retiring a district. One with history is kept with `retiredAt` and leaves every
 * picker, question and digest; one that nothing refers to is removed. Either way it is audited.
 */
export const districtRetireVerb = defineVerb({
  name: 'district.retire',
  context: districtContext,
  submission: noInputSubmissionSchema,
  form: confirmRetireDistrict,
  mayUse: mayRetireDistricts,
  async handle(deps, { actor, person, context, commandId, now }) {
    const district = await deps.stores.districts.findById(context.districtId);
    if (!district) return refuse('not_found', 'That district was not found.');
    const history = await districtHistory(deps.stores, district._id);
    const ended = retireDistrict(district, history, { actor, commandId, now });
    if (!ended.ok) return ended;
    if (ended.value.kind === 'retired') await deps.stores.districts.save(ended.value.district);
    else await deps.stores.districts.remove(district._id);
    await deps.stores.auditEvents.record(ended.value.audit);
    return succeed(
      ended.value.kind === 'retired'
        ? receipt(
            `District retired: ${district.name}`,
            person.displayName,
            now,
            [],
            'Its Challenge Days, actions and reports still read; it is no longer offered for new work, recognised in questions or sent digests.',
          )
        : receipt(
            `District removed: ${district.name}`,
            person.displayName,
            now,
            [],
            'Nothing referred to it, so it is gone and its name can be used again.',
          ),
    );
  },
});
