import { districtManagersHelp } from '../../domain/shared/permission.js';
import { refuseWithHelp } from '../../domain/shared/who-can-help.js';
import type { FormState } from '../../cards/card-data.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import { displayDate } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { Action } from '../../domain/action/action.js';
import { maySeeAction, mayReassignActions } from '../../domain/action/permissions.js';
import { pickerScope } from '../../domain/people/people-pickers.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { Stores } from '../../store/stores.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import type { Reply } from '../reply.js';
import type { FormRenderer } from '../verbs/card-verb.js';
import { formReply } from './form-reply.js';
import { peopleNames } from './people-names.js';

const NOT_FOUND = 'That action was not found.';

/** The Reassign form of the action a button names, for a manager of its district. */
export const reassignForm: FormRenderer = async (deps, person, ids, state) => {
  const action = ids.actionId ? await deps.stores.actions.findById(ids.actionId) : null;
  if (!action) return refuse('not_found', NOT_FOUND);
  return reassignFormFor(deps.stores, person, action, state);
};

/**
 * Whom to give the action to, searched by name among its district's people, and why; filled in again with
 * what was chosen and written when something needs correcting (or when a written command left out why).
 */
export async function reassignFormFor(
  stores: Stores,
  person: Person,
  action: Action,
  state: FormState<string>,
): Promise<Outcome<Reply>> {
  const actor = actorFor(person);
  if (!maySeeAction(actor, action)) return refuse('not_found', NOT_FOUND);
  const allowed = mayReassignActions(actor);
  if (!allowed.ok) return allowed;
  // Whom the picker may offer is decided once, for the form and for the searches typed into it.
  const picker = { kind: 'action_owners', actionId: action._id } as const;
  const scope = pickerScope(actor, picker, { kind: 'action', action });
  if (!scope) {
    return refuseWithHelp(
      'Only a manager for this action’s district can give it to someone else.',
      districtManagersHelp(action.districtId),
    );
  }
  const [names, district, candidates] = await Promise.all([
    peopleNames(stores, [action.ownerId]),
    stores.districts.findById(action.districtId),
    peoplePickerData(stores, picker, scope, idsInValue(state.values?.newOwnerId), CARD_LIMITS.reassignChoices),
  ]);
  const card = renderCard('action-reassign-form', {
    ...state,
    actionId: action._id,
    reference: action.reference ?? '',
    what: action.what,
    ownerName: names.get(action.ownerId) ?? '',
    districtName: district?.name ?? action.districtId,
    dueLabel: displayDate(action.dueDate),
    candidates,
  });
  return succeed(formReply(card, action.what, state));
}
