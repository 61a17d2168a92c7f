import type { FormState } from '../../cards/card-data.js';
import { actorFor } from '../../domain/people/actor.js';
import { mayManagePeople } from '../../domain/people/permissions.js';
import type { Person } from '../../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import type { FormRecordIds } from '../verbs/card-verb.js';
import { manageablePerson, PERSON_NOT_FOUND } from './person-form.js';
import { personLeavingCard } from './person-leaving-card.js';

/**
 * The leaving card of the person a button names, for a manager who may manage them: the confirmation
 * before it is recorded, and the form to give their actions to someone after.
 */
export async function leavingForm(
  deps: InteractionDeps,
  person: Person,
  ids: FormRecordIds,
  state: FormState<string>,
): Promise<Outcome<Reply>> {
  const actor = actorFor(person);
  const allowed = mayManagePeople(actor);
  if (!allowed.ok) return allowed;
  if (!ids.personId) return refuse('not_found', PERSON_NOT_FOUND);
  const leaver = await manageablePerson(deps.stores, actor, ids.personId);
  if (!leaver.ok) return leaver;
  return succeed(await personLeavingCard(deps.stores, leaver.value, state));
}
