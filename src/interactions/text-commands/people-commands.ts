import { actorFor } from '../../domain/people/actor.js';
import { mayManagePeople } from '../../domain/people/permissions.js';
import {
  readAddPerson,
  readChangePerson,
  readPeopleIn,
  readPersonLeft,
} from '../../domain/people/read-people-commands.js';
import { whoIsNamed } from '../../domain/people/who-is-named.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { leavingForm } from '../present/leaving-form.js';
import { namedPeopleCard, peopleListCard } from '../present/people-list-card.js';
import { personForm } from '../present/person-form.js';
import type { FormRenderer } from '../verbs/card-verb.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

/** "add a person": the person form, for a manager who may add people. */
export const addPersonCommand = chatCommand(readAddPerson, (deps, message) => personForm(deps, message.person, {}, {}));

/** "people in Chesterfield": the district's current people, first page. */
export const peopleInCommand = chatCommand(readPeopleIn, (deps, message, read) =>
  'said' in read
    ? Promise.resolve(
        refuse<Reply>('not_found', `No district called “${read.said}” was found. Say, e.g., “people in Chesterfield”.`),
      )
    : peopleListCard(deps, message.person, read.districtId, 0),
);

/** "change Helen Ward": her record on the person form, or the people of that name to choose from. */
export const changePersonCommand = chatCommand(readChangePerson, (deps, message, { name }) =>
  forNamedPerson(deps, message, name, personForm),
);

/** "Helen Ward has left": the confirmation with her open actions, or the people of that name to choose from. */
export const personLeftCommand = chatCommand(readPersonLeft, (deps, message, { name }) =>
  forNamedPerson(deps, message, name, leavingForm),
);

/** Opens a form for the one person a manager means by a name; several of that name are listed to choose. */
async function forNamedPerson(
  deps: InteractionDeps,
  message: TextMessage,
  name: string,
  form: FormRenderer,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const allowed = mayManagePeople(actor);
  if (!allowed.ok) return allowed;
  const named = whoIsNamed(name, await deps.stores.people.named(name), actor);
  if (!named.ok) return named;
  if (named.value.kind === 'several') return succeed(namedPeopleCard(name, named.value.people));
  return form(deps, message.person, { personId: named.value.person._id }, {});
}
