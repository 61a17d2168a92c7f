import type { FormState, PersonInput } from '../../cards/card-data.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import type { Choice } from '../../cards/vocabulary.js';
import { actorFor, hasRole, worksInDistrict, type Actor } from '../../domain/people/actor.js';
import { GRANTED_ONLY_BY_QA_MANAGERS, mayManagePeople, mayManagePerson } from '../../domain/people/permissions.js';
import { ATTENDEE_SCOPE } from '../../domain/people/people-pickers.js';
import type { Person } from '../../domain/people/person.js';
import { ROLE_LABELS, ROLES } from '../../domain/people/roles.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { renderCard } from '../../cards/render-card.js';
import type { Stores } from '../../store/stores.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import type { Reply } from '../reply.js';
import type { FormRecordIds } from '../verbs/card-verb.js';
import { formReply } from './form-reply.js';

export const PERSON_NOT_FOUND = 'That person was not found. Ask again, e.g. “people in Chesterfield”.';

/**
 * The person a manager means by an id from a card, when they may manage them: anyone else is "not found"
 * or refused with who can, so a changed card reaches nobody it should not.
 */
export async function manageablePerson(stores: Stores, actor: Actor, personId: string): Promise<Outcome<Person>> {
  const person = await stores.people.findById(personId);
  if (!person) return refuse('not_found', PERSON_NOT_FOUND);
  const allowed = mayManagePerson(actor, { before: person, after: person });
  return allowed.ok ? succeed(person) : allowed;
}

/**
 * The form to add someone ("add a person"), or, for a `personId`, to change their record, filled in with it.
 * A district manager is offered only their own districts and no county-wide role.
 */
export async function personForm(
  deps: InteractionDeps,
  person: Person,
  ids: FormRecordIds,
  state: FormState<string>,
): Promise<Outcome<Reply>> {
  const actor = actorFor(person);
  const allowed = mayManagePeople(actor);
  if (!allowed.ok) return allowed;
  const editing = ids.personId ? await manageablePerson(deps.stores, actor, ids.personId) : null;
  if (editing && !editing.ok) return editing;
  const record = editing?.value;
  const chosenManager = state.values?.managerId ?? record?.managerId;
  const [districts, managers] = await Promise.all([
    deps.stores.districts.all(),
    peoplePickerData(
      deps.stores,
      { kind: 'line_managers' },
      ATTENDEE_SCOPE,
      idsInValue(chosenManager),
      CARD_LIMITS.lineManagerChoices,
    ),
  ]);
  const card = renderCard('person-form', {
    personId: record?._id ?? '',
    heading: record ? `Change ${record.displayName}` : 'Add a person',
    subheading: record
      ? 'What you change is kept in the audit trail, with the old and new values.'
      : 'They are linked to their Teams or Slack account the first time they write to the bot, by this work email.',
    roles: rolesFor(actor),
    districts: districts
      .filter((district) => !district.retiredAt && worksInDistrict(actor, district._id))
      .map((district) => ({ title: district.name, value: district._id })),
    managers,
    ...(record && !state.values ? { values: valuesOf(record) } : {}),
    ...state,
  });
  return succeed(formReply(card, record ? `Change ${record.displayName}` : 'Add a person', state));
}

/** The roles a manager may give: a district manager never the county-wide ones. */
function rolesFor(actor: Actor): Choice[] {
  return ROLES.filter((role) => hasRole(actor, 'qa_manager') || !GRANTED_ONLY_BY_QA_MANAGERS.includes(role)).map(
    (role) => ({ title: ROLE_LABELS[role], value: role }),
  );
}

/** A record as the form's inputs read it. */
function valuesOf(person: Person): Partial<Record<PersonInput, string>> {
  return {
    displayName: person.displayName,
    email: person.email ?? '',
    roles: person.roles.join(','),
    districtIds: person.districtIds.join(','),
    teamName: person.teamName ?? '',
    managerId: person.managerId ?? '',
    agency: person.agency ?? '',
  };
}
