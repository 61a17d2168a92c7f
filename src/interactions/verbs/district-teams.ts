import { maySeeDistricts } from '../../domain/districts/permissions.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { teamsReply } from '../present/teams-card.js';
import { defineVerb } from './card-verb.js';
import { districtContext } from './verb-contexts.js';

/** The "Teams" button on the districts list: that district's teams and their managers. */
export const districtTeamsVerb = defineVerb({
  name: 'district.teams',
  context: districtContext,
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: maySeeDistricts,
  async handle(deps, { person, context }) {
    const district = await deps.stores.districts.findById(context.districtId);
    if (!district) return refuse('not_found', 'That district was not found.');
    return succeed(await teamsReply(deps.stores, person, district));
  },
});
