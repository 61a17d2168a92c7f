import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { findingView } from '../present/finding-view.js';
import { defineVerb } from './card-verb.js';
import { caseFindingContext } from './verb-contexts.js';

/**
 * "Open the finding" (on the safeguarding alert): the finding in full to those who may read it, the view
 * audited; shown to the person who pressed it, under the card they pressed it on.
 */
export const findingOpenVerb = defineVerb({
  name: 'finding.open',
  context: caseFindingContext,
  submission: noInputSubmissionSchema,
  form: null,
  // Who may read the finding is decided by the view itself (case-detail/permissions.ts), which knows it.
  mayUse: anyRegisteredPerson,
  async handle(deps, { person, context, commandId, now }) {
    const shown = await findingView(deps, person, context.caseFindingId, `view:${commandId}`, now);
    return shown.ok ? succeed({ ...shown.value, audience: 'person' }) : shown;
  },
});
