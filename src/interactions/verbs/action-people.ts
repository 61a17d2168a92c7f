import type { Action } from '../../domain/action/action.js';
import type { ActionPeople } from '../../domain/action/whose-turn.js';
import type { Stores } from '../../store/stores.js';

/** The managers who may be asked to decide on a step an action's owner took. */
export async function actionPeople(stores: Stores, action: Action): Promise<ActionPeople> {
  const owner = await stores.people.findById(action.ownerId);
  const [ownersManager, districtManagers, seniorManagers] = await Promise.all([
    owner?.managerId ? stores.people.findById(owner.managerId) : null,
    stores.people.withRoleInDistrict('district_manager', action.districtId),
    stores.people.withRoleInDistrict('senior_manager', action.districtId),
  ]);
  return { ownersManager, districtManagers, seniorManagers };
}
