import type { ChallengeDay } from '../../src/domain/challenge-day/challenge-day.js';
import type { Stores } from '../../src/store/stores.js';

/** The day's 48-hour notice falls due now: the next tick of the bot's clock sends it. */
export async function noticeDueNow(stores: Stores, day: Pick<ChallengeDay, '_id'>, now: Date): Promise<void> {
  await stores.scheduledWork.schedule({
    _id: `notice:${day._id}`,
    kind: 'notice',
    dueAt: now,
    payload: { challengeDayId: day._id },
    status: 'pending',
    attempts: 0,
  });
}
