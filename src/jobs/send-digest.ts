import type { Logger } from '../logger.js';
import { queueDeliveries } from '../outbox/queue-deliveries.js';
import type { Stores } from '../store/stores.js';
import type { WorkHandler } from './due-work-runner.js';

/**
 * A district's weekly digest falls due: it is queued for every channel linked to the district or its MAT
 * locality, and shows the action plan as it stands when it is sent. A district with nothing outstanding gets
 * no digest that week: an empty list every Monday would teach people to ignore the real ones.
 */
export function sendDigestWhenDue(stores: Stores, logger: Logger): WorkHandler<'digest'> {
  return async (work, now) => {
    const { districtId, week } = work.payload;
    // A district retired after this week's digest was planned gets none.
    const district = await stores.districts.findById(districtId);
    if (!district || district.retiredAt) return;
    if (!(await stores.actions.hasOutstandingActions(districtId))) return;
    const { unreachable } = await queueDeliveries(
      stores,
      [
        {
          key: work._id,
          notification: { kind: 'weekly_digest', districtId, week },
          destination: { kind: 'district_channels', districtId, audiences: ['district', 'mat'] },
        },
      ],
      now,
    );
    if (unreachable.length > 0) logger.info({ workId: work._id }, 'weekly digest: the district has no linked channel');
  };
}
