import { escalationRecipients, stillToChase } from '../domain/scheduling/chase-actions.js';
import type { Logger } from '../logger.js';
import { queueDeliveries } from '../outbox/queue-deliveries.js';
import type { Stores } from '../store/stores.js';
import type { WorkHandler } from './due-work-runner.js';

/**
 * An action is overdue by the configured number of working days: the owner's manager (or the district's
 * managers) get it in their personal chats, unless it was completed or given a new date meanwhile.
 */
export function sendEscalationWhenDue(stores: Stores, logger: Logger): WorkHandler<'escalation'> {
  return async (work, now) => {
    const action = await stores.actions.findById(work.payload.actionId);
    if (!stillToChase(action, work.payload.dueDate)) return;
    const [owner, districtManagers, seniorManagers] = await Promise.all([
      stores.people.findById(action.ownerId),
      stores.people.withRoleInDistrict('district_manager', action.districtId),
      stores.people.withRoleInDistrict('senior_manager', action.districtId),
    ]);
    const managerIds = escalationRecipients(owner, action.ownerId, districtManagers, seniorManagers);
    if (managerIds.length === 0) {
      logger.warn({ workId: work._id }, 'escalation reaches nobody: no manager for the owner or the district');
      return;
    }
    const { unreachable } = await queueDeliveries(
      stores,
      managerIds.map((managerId) => ({
        key: work._id,
        notification: { kind: 'action_escalation', actionId: action._id, managerId },
        destination: { kind: 'person', personId: managerId },
      })),
      now,
    );
    if (unreachable.length > 0) {
      logger.warn({ workId: work._id, unreachable: unreachable.length }, 'escalation: no account of a manager');
    }
  };
}
