import type { Collection, Db, Filter } from 'mongodb';
import type { PurgeRule, PurgedRecordKind } from '../domain/retention/retention-periods.js';
import type { Stores } from './stores.js';
import { stepKey } from './transition-steps.js';
import { driver } from './driver-collection.js';

/** Any stored record: found by id or by plain fields here, never read as its type. */
interface StoredRecord {
  _id: string;
  [field: string]: unknown;
}
type Records = Collection<StoredRecord>;

/** Where a kind of record lives, and the key of the step records (transition-steps.ts) kept beside it. */
interface KindStorage {
  readonly records: Records;
  /** Step records carry copies of the record, so they go with it; null when the kind has none. */
  readonly steps: { readonly entityKind: string; readonly countField: 'history' | 'attempts' } | null;
}

/**
 * Finds and removes records past their retention (domain/retention). It works across collections, as the
 * purge does: the records of a Challenge Day are found through the day's date, and step records, which
 * hold copies of an entity, are removed with it. Audit events outlive the records they describe (their
 * period is at least as long) and go only when their own period is over.
 */
export class ExpiredRecords {
  private readonly storage: Record<PurgedRecordKind, KindStorage>;
  private readonly stepRecords: Records;

  constructor(stores: Stores) {
    // The records are only found by id and removed here, so they are reached without their document type.
    const records = (repository: { collection: { name: string; [driver]: { db: Db } } }): Records =>
      repository.collection[driver].db.collection<StoredRecord>(repository.collection.name);
    this.storage = {
      case_finding: { records: records(stores.caseFindings), steps: null },
      case_sample: { records: records(stores.caseSamples), steps: null },
      case_handback: { records: records(stores.caseHandbacks), steps: null },
      focus_group_feedback: { records: records(stores.focusGroupFeedback), steps: null },
      observed_visit: { records: records(stores.observedVisits), steps: null },
      action: { records: records(stores.actions), steps: { entityKind: 'action', countField: 'history' } },
      report: { records: records(stores.reports), steps: { entityKind: 'report', countField: 'history' } },
      attendance_register: {
        records: records(stores.attendanceRegisters),
        steps: { entityKind: 'attendance_register', countField: 'history' },
      },
      notice_reply: { records: records(stores.noticeReplies), steps: null },
      challenge_day: {
        records: records(stores.challengeDays),
        steps: { entityKind: 'challenge_day', countField: 'history' },
      },
      outbox_entry: { records: records(stores.outbox), steps: { entityKind: 'outbox', countField: 'attempts' } },
      scheduled_work: {
        records: records(stores.scheduledWork),
        steps: { entityKind: 'scheduled_work', countField: 'attempts' },
      },
      people_import: { records: records(stores.peopleImports), steps: null },
      roster_offer: { records: records(stores.rosterOffers), steps: null },
      report_link_claim: { records: records(stores.reportLinkClaims), steps: null },
      // The audit trail is append-only to everyone else: only its retention period removes events.
      audit_event: { records: records(stores.auditEvents), steps: null },
    };
    this.stepRecords = records(stores.transitionSteps);
  }

  /** The ids of the records of one kind that a purge rule finds past their retention. */
  async findExpired(rule: PurgeRule): Promise<string[]> {
    const filter = rule.of === 'days_before' ? await this.ofDaysBefore(rule) : finishedBefore(rule);
    if (!filter) return [];
    const found = await this.storage[rule.kind].records.find(filter, { projection: { _id: 1 } }).toArray();
    return found.map((record) => String(record._id));
  }

  /** Removes records by id, their step records first, so a removal cut short is finished by the next run. */
  async remove(kind: PurgedRecordKind, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const { records, steps } = this.storage[kind];
    const byId = { _id: { $in: [...ids] } };
    if (steps) {
      const counted = await records.find(byId, { projection: { [steps.countField]: 1 } }).toArray();
      // A step is claimed at position history length (or attempts) + 1 before the record shows it.
      const stepIds = counted.flatMap((record) => {
        const count = stepCount(record[steps.countField]);
        return Array.from({ length: count + 1 }, (_, index) =>
          stepKey(steps.entityKind, String(record._id), index + 1),
        );
      });
      if (stepIds.length > 0) await this.stepRecords.deleteMany({ _id: { $in: stepIds } });
    }
    return (await records.deleteMany(byId)).deletedCount;
  }

  /**
   * A Challenge Day's records go by the day's date: the days before the cut-off are found first (a county
   * holds about a hundred a year, so this reads few), then their records by the day index each collection has.
   */
  private async ofDaysBefore(rule: PurgeRule): Promise<Filter<StoredRecord> | null> {
    const days = await this.storage.challenge_day.records
      .find({ date: { $lt: rule.cutOff } }, { projection: { _id: 1 } })
      .toArray();
    const dayIds = days.map((day) => String(day._id));
    if (dayIds.length === 0) return null;
    return rule.kind === 'challenge_day' ? { _id: { $in: dayIds } } : { challengeDayId: { $in: dayIds } };
  }
}

/**
 * Outbox entries delivered or given up on, scheduled work done or failed, and files and member lists sent or
 * offered in chat, before the cut-off.
 */
function finishedBefore(rule: PurgeRule): Filter<StoredRecord> | null {
  switch (rule.kind) {
    case 'outbox_entry':
      return { status: { $in: ['sent', 'failed'] }, createdAt: { $lt: rule.cutOff } };
    case 'scheduled_work':
      return { status: { $in: ['done', 'failed'] }, dueAt: { $lt: rule.cutOff } };
    // Applied or not: an unapplied file is as old as an applied one, and its button no longer works.
    case 'people_import':
      return { uploadedAt: { $lt: rule.cutOff } };
    case 'roster_offer':
      return { offeredAt: { $lt: rule.cutOff } };
    case 'report_link_claim':
      return { expiresAt: { $lt: rule.cutOff } };
    case 'audit_event':
      return { at: { $lt: rule.cutOff } };
    default:
      return null;
  }
}

function stepCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}
