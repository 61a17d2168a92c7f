import { stillToChase } from '../domain/scheduling/chase-actions.js';
import type { Logger } from '../logger.js';
import { actionEvent } from '../domain/webhooks/webhook-events.js';
import { queueDeliveries } from '../outbox/queue-deliveries.js';
import { queueEventInDistrict } from '../outbox/queue-webhook-events.js';
import type { Stores } from '../store/stores.js';
import type { WorkHandler } from './due-work-runner.js';

/**
 * A reminder falls due: the owner gets the action in their personal chat (and, when it is overdue, webhook
 * subscribers hear of it), unless it has been completed or
 * given a new date since it was planned. The outbox entry is keyed by the work's id, so running this twice
 * still sends one message.
 */
export function sendReminderWhenDue(stores: Stores, logger: Logger): WorkHandler<'reminder'> {
  return async (work, now) => {
    const action = await stores.actions.findById(work.payload.actionId);
    if (!stillToChase(action, work.payload.dueDate)) return;
    const { moment } = work.payload;
    const { unreachable } = await queueDeliveries(
      stores,
      [
        {
          key: work._id,
          notification: { kind: 'action_reminder', actionId: action._id, moment },
          destination: { kind: 'person', personId: action.ownerId },
        },
      ],
      now,
    );
    // The overdue moment is the one other systems hear of, once per reminder (its work id).
    if (moment === 'overdue') {
      await queueEventInDistrict(
        stores,
        action.districtId,
        (district) => actionEvent('action.overdue', action, district, work._id, now),
        now,
      );
    }
    // An owner the bot has no way to reach: kept as a failed delivery ("show failed deliveries"), sent once they
    // write to the bot; the log says so for the operator too.
    if (unreachable.length > 0) logger.warn({ workId: work._id }, 'reminder reaches nobody: no account of the owner');
  };
}
