import type { Action } from '../../domain/action/action.js';
import type { ActionPeople } from '../../domain/action/whose-turn.js';
import type { Stores } from '../../store/stores.js';

/** The owner of an action and the managers who may be told of a step on it. */
export async function actionPeople(stores: Stores, action: Action): Promise<ActionPeople> {
  const owner = await stores.people.findById(action.ownerId);
  const [ownersManager, districtManagers, seniorManagers] = await Promise.all([
    owner?.managerId ? stores.people.findById(owner.managerId) : null,
    stores.people.withRoleInDistrict('district_manager', action.districtId),
    stores.people.withRoleInDistrict('senior_manager', action.districtId),
  ]);
  return { owner, ownersManager, districtManagers, seniorManagers };
}
