import type { Person } from '../domain/people/person.js';
import type { Role } from '../domain/people/roles.js';
import { DomainError, type Outcome } from '../domain/shared/domain-error.js';
import { explainedRefusal, type HelpFrom, type PossibleHelpers } from '../domain/shared/who-can-help.js';
import type { InteractionDeps } from './interaction-deps.js';

type Stores = InteractionDeps['stores'];

/**
 * Reads the people who may help with a refusal: the holders of its roles (in its district), an action's
 * owner and their line manager, a day's planner — and always the QA managers, who help when nobody nearer
 * can. Names of managers are not sensitive; nothing about a case is read.
 */
async function readPossibleHelpers(stores: Stores, help: HelpFrom): Promise<PossibleHelpers> {
  const qaManagers = stores.people.withRole('qa_manager');
  const districtId = help.kind === 'day_planner' ? undefined : help.districtId;
  const district = districtId ? await stores.districts.findById(districtId) : null;
  const inRoles = (roles: readonly Role[]) =>
    Promise.all(
      roles.map((role) =>
        districtId ? stores.people.withRoleInDistrict(role, districtId) : stores.people.withRole(role),
      ),
    );
  const nearer: Promise<(Person | null)[]>[] = [];
  if (help.kind === 'role') nearer.push(inRoles(help.roles).then((found) => found.flat()));
  if (help.kind === 'action_owner') {
    const owner = await stores.people.findById(help.ownerId);
    nearer.push(Promise.resolve([owner]));
    if (owner?.managerId) nearer.push(stores.people.findById(owner.managerId).then((manager) => [manager]));
    nearer.push(inRoles(['senior_manager', 'district_manager']).then((found) => found.flat()));
  }
  if (help.kind === 'day_planner') nearer.push(stores.people.findById(help.plannedById).then((planner) => [planner]));
  const people = [...(await Promise.all(nearer)).flat(), ...(await qaManagers)];
  return {
    people: people.filter((person): person is Person => person !== null),
    ...(district ? { districtName: district.name } : {}),
  };
}

/**
 * A refusal that knows who can help gets their names after its message; any other outcome is returned as
 * it is. Every answer to a command, question or button passes through here once.
 */
export async function withWhoCanHelp<T>(stores: Stores, asker: Person, outcome: Outcome<T>): Promise<Outcome<T>> {
  if (outcome.ok || !outcome.error.help) return outcome;
  const { reason, userMessage, details, help } = outcome.error;
  const possible = await readPossibleHelpers(stores, help);
  return {
    ok: false,
    error: new DomainError(reason, explainedRefusal(userMessage, help, possible, asker._id), details),
  };
}
