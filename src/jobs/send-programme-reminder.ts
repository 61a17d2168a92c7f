import { calendarDateFromIso } from '../domain/shared/london-time.js';
import type { Logger } from '../logger.js';
import { loadProgramme } from '../programme/load-programme.js';
import { queueDeliveries } from '../outbox/queue-deliveries.js';
import type { Stores } from '../store/stores.js';
import type { WorkHandler } from './due-work-runner.js';

/**
 * A reminder to plan a day of the programme falls due: every QA manager gets the card "Plan the Erewash
 * Challenge Day of …" in their personal chat, unless the day has since been planned, moved or skipped. Each
 * outbox entry is keyed by the work's id, so running this twice (a restart mid-way) still sends one message each.
 */
export function sendProgrammeReminderWhenDue(stores: Stores, logger: Logger): WorkHandler<'programme_reminder'> {
  return async (work, now) => {
    const { districtId, date } = work.payload;
    const loaded = await loadProgramme(stores, Number(work.payload.year));
    const day = loaded?.days.find(
      (candidate) =>
        candidate.districtId === districtId && candidate.date.getTime() === calendarDateFromIso(date).getTime(),
    );
    if (!day || (day.state !== 'proposed' && day.state !== 'moved')) return;
    const managers = await stores.people.withRole('qa_manager');
    const { unreachable } = await queueDeliveries(
      stores,
      managers
        .filter((manager) => !manager.leftAt)
        .map((manager) => ({
          key: work._id,
          notification: { kind: 'programme_reminder' as const, districtId, date },
          destination: { kind: 'person' as const, personId: manager._id },
        })),
      now,
    );
    if (unreachable.length > 0) logger.warn({ workId: work._id }, 'programme reminder reaches not every QA manager');
  };
}
