import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { mayManagePeople } from '../../domain/people/permissions.js';
import { peopleListCard } from '../present/people-list-card.js';
import { defineVerb } from './card-verb.js';
import { peoplePageContext } from './verb-contexts.js';

/** "Next page" on a district's people: the same list, that page, within what the person may see. */
export const peoplePageVerb = defineVerb({
  name: 'people.page',
  context: peoplePageContext,
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: mayManagePeople,
  handle: (deps, { person, context }) => peopleListCard(deps, person, context.districtId, context.page - 1),
});
