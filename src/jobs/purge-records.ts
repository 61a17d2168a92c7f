import type { Config } from '../config.js';
import { dailyPurgeWork } from '../domain/retention/daily-purge.js';
import { purgeExpiredRecords } from '../domain/retention/purge-expired-records.js';
import type { RetentionPeriods } from '../domain/retention/retention-periods.js';
import type { Logger } from '../logger.js';
import { ExpiredRecords } from '../store/expired-records.js';
import type { Stores } from '../store/stores.js';
import type { WorkHandler } from './due-work-runner.js';

/** The retention periods as the configuration sets them. */
export function retentionPeriods(config: Config): RetentionPeriods {
  return {
    caseFindingsYears: config.RETENTION_CASE_FINDINGS_YEARS,
    reportsYears: config.RETENTION_REPORTS_YEARS,
    noticeRepliesDays: config.RETENTION_NOTICE_REPLIES_DAYS,
    outboxDays: config.RETENTION_OUTBOX_DAYS,
    doneWorkDays: config.RETENTION_DONE_WORK_DAYS,
    auditEventsYears: config.RETENTION_AUDIT_EVENTS_YEARS,
  };
}

/** The day's purge falls due: remove what is past its retention, with an audit event per kind purged. */
export function purgeRecordsWhenDue(stores: Stores, periods: RetentionPeriods, logger: Logger): WorkHandler<'purge'> {
  const expired = new ExpiredRecords(stores);
  return async (work, now) => {
    const purged = await purgeExpiredRecords(
      {
        findExpired: (rule) => expired.findExpired(rule),
        remove: (kind, ids) => expired.remove(kind, ids),
        recordAudit: (event) => stores.auditEvents.record(event),
      },
      periods,
      { runId: work._id, now },
    );
    if (Object.keys(purged).length > 0) logger.info({ purged }, 'records past their retention purged');
  };
}

/**
 * Puts each day's purge in the scheduled work, once a day per instance; the work's id keeps it to one run
 * a day however many instances schedule it.
 */
export function dailyPurgeSchedule(stores: Pick<Stores, 'scheduledWork'>): { schedule(now: Date): Promise<void> } {
  let scheduledId = '';
  return {
    schedule: async (now) => {
      const work = dailyPurgeWork(now);
      if (work._id === scheduledId) return;
      await stores.scheduledWork.schedule(work);
      scheduledId = work._id;
    },
  };
}
