import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';
import type { WorkHandler } from './due-work-runner.js';
import { queueToManagersChannels } from './queue-to-managers.js';

/** Last month's performance summary falls due: it is queued for the managers' channel. */
export function sendPerformanceSummaryWhenDue(stores: Stores, logger: Logger): WorkHandler<'summary'> {
  return async (work, now) => {
    const { month } = work.payload;
    const queued = await queueToManagersChannels(stores, work._id, { kind: 'performance_summary', month }, now);
    if (queued === 0) logger.info({ workId: work._id }, 'performance summary: no managers’ channel is linked');
  };
}
