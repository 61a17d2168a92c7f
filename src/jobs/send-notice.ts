import { announceChallengeDay } from '../domain/notice/announce-challenge-day.js';
import type { Stores } from '../store/stores.js';
import { queueDeliveries } from '../outbox/queue-deliveries.js';
import type { Logger } from '../logger.js';
import type { WorkHandler } from './due-work-runner.js';

/**
 * The 48-hour notice falls due: announce the day and queue the notice for every channel and person it
 * goes to. Running it twice queues nothing twice: outbox entries are keyed by notice and conversation.
 */
export function sendNoticeWhenDue(stores: Stores, logger: Logger): WorkHandler<'notice'> {
  return async (work, now) => {
    const { challengeDayId } = work.payload;
    const announced = await announceChallengeDay(stores.challengeDays, challengeDayId, now);
    if (!announced.ok) throw announced.error;
    const { unreachable } = await queueDeliveries(stores, announced.value.deliveries, now);
    for (const delivery of unreachable) {
      // A district with no linked channel, or a person the bot has no way to reach: kept as a failed delivery
      // ("show failed deliveries"), and said in the log for the operator.
      logger.warn(
        { challengeDayId, destination: delivery.destination.kind },
        'notice reaches nobody at one destination',
      );
    }
  };
}
