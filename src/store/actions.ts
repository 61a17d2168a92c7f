import type { Db, Filter } from 'mongodb';
import { z } from 'zod/v4';
import type { Action } from '../domain/action/action.js';
import { actionSchema } from '../domain/action/action.js';
import type { ActionPage, ActionSearch } from '../domain/action/action-search.js';
import type { ApiActionFilter, PagePosition } from '../domain/api-access/action-filter.js';
import type { OwnerCount } from '../domain/questions/answer-top-owners-question.js';
import { OUTSTANDING_ACTION_STATUSES } from '../domain/action/status.js';
import type { ActionFacts } from '../domain/performance/action-figures.js';
import { londonCalendarDate } from '../domain/shared/london-time.js';
import type { ActionReferenceRepository } from './action-references.js';
import type { AuditEventRepository } from './audit-events.js';
import type { TransitionSteps } from './transition-steps.js';
import type { DeclaredIndex } from './validated-collection.js';
import { VersionedCollection } from './versioned-collection.js';
import { VersionedRepository } from './versioned-repository.js';
import { driver } from './driver-collection.js';
import { snapshotPage } from './snapshot-page.js';
import { OUTSTANDING_FIELD } from './action-outstanding.js';
import { actionSearchFilter, oneOrAnyOf } from './action-search-filter.js';

/** The few fields of an action that performance figures read, checked as the whole action would be. */
const actionFactsSchema = actionSchema
  .pick({ _id: true, districtId: true, createdAt: true, dueDate: true, status: true, acknowledgedAt: true })
  .extend({ completion: z.strictObject({ at: z.date() }).optional() });
const ACTION_FACTS_PROJECTION = {
  _id: 1,
  districtId: 1,
  createdAt: 1,
  dueDate: 1,
  status: 1,
  acknowledgedAt: 1,
  'completion.at': 1,
};

/*
 * The lists read the first page in due order (then _id, so ties keep one order across pages): each index
 * is the list's equality fields, then dueDate and _id, so an engine that orders from its indexes (MongoDB)
 * walks it in order and stops at the page's end instead of sorting every match; one that does not
 * (DocumentDB) still reads only the matches, through an ordered index (readInOrder, ordered-index-option.ts).
 * `outstanding` is stored with each action (action-outstanding.ts).
 */
const indexes: DeclaredIndex[] = [
  {
    name: 'district_outstanding_due_id',
    key: { districtId: 1, outstanding: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves:
      'searchActions and countActions in one district (outstanding, overdue, due in a window, date requests, completed), digestSummaryForDistrict, hasOutstandingActions, mostOverdueInDistrict, overdueCountsByOwner in districts, factsForFigures (overdue)',
  },
  {
    name: 'district_status_due_id',
    key: { districtId: 1, status: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves: 'searchActions and countActions in one district (awaiting verification), pendingDecisions (completions)',
  },
  {
    name: 'district_due_id',
    key: { districtId: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves:
      'searchActions in one district (every state), anyInDistrict, dueOrGivenBetween (due), factsForFigures (due)',
  },
  {
    name: 'owner_outstanding_due_id',
    key: { ownerId: 1, outstanding: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves: 'searchActions and countActions of one owner (my actions and the like), outstandingActionsForOwner',
  },
  {
    name: 'owner_due_id',
    key: { ownerId: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves: 'searchActions of one owner (every state, awaiting verification)',
  },
  {
    name: 'day_due_id',
    key: { challengeDayId: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves: 'forChallengeDay, searchActions of a Challenge Day',
  },
  {
    name: 'outstanding_due_id',
    key: { outstanding: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves: 'searchActions and countActions in every district (outstanding, overdue, completed), outstandingDueBy',
  },
  {
    name: 'status_due_id',
    key: { status: 1, dueDate: 1, _id: 1 },
    readInOrder: true,
    serves: 'searchActions in every district (awaiting verification), pendingDecisions (completions, every district)',
  },
  {
    name: 'due_id',
    key: { dueDate: 1, _id: 1 },
    readInOrder: true,
    serves: 'searchActions in every district (every state)',
  },
  {
    name: 'date_request',
    key: { 'dateChangeRequest.at': 1 },
    sparse: true,
    serves: 'pendingDecisions (date requests: only the few actions with one are in it)',
  },
  {
    name: 'district_created',
    key: { districtId: 1, createdAt: 1 },
    serves: 'dueOrGivenBetween (given), factsForFigures (given)',
  },
  { name: 'reference', key: { reference: 1 }, serves: 'backfillReferences (actions without a reference)' },
];

/** Indexes of earlier versions, whose queries the ones above now serve in order: dropped at start-up. */
const RETIRED_INDEXES = ['district_status_due', 'owner_status_due', 'day', 'status_due'];

/** The order every list of actions is shown in: soonest due (so most overdue) first, ties in one order. */
const DUE_ORDER = { dueDate: 1, _id: 1 } as const;

/** What a digest shows of each of the most overdue actions. */
const digestRowSchema = actionSchema.pick({ _id: true, what: true, ownerId: true, dueDate: true, status: true });
export type DigestRow = z.infer<typeof digestRowSchema>;
const DIGEST_ROW_PROJECTION = { _id: 1, what: 1, ownerId: 1, dueDate: 1, status: 1 };

/** A district's outstanding actions as its weekly digest sums them up (digestSummaryForDistrict). */
export interface DigestSummary {
  /** Each owner with an outstanding action: how many they have outstanding, and how many of those are overdue. */
  readonly owners: readonly { ownerId: string; outstanding: number; overdue: number }[];
  /** The most overdue actions, most overdue first, at most the number asked for. */
  readonly mostOverdue: readonly DigestRow[];
}

/** One row of the owners' overdue counts, as the database groups them. */
const ownerCountRow = z.object({ _id: z.string(), count: z.number().int().nonnegative() });

/** How many actions without a reference the start-up backfill reads at a time. */
const BACKFILL_BATCH = 100;

/** The action plan: every action of every verified report, saved through its lifecycle. */
export class ActionRepository extends VersionedRepository<Action> {
  constructor(
    db: Db,
    auditEvents: AuditEventRepository,
    steps: TransitionSteps,
    readonly references: ActionReferenceRepository,
  ) {
    super(
      new VersionedCollection(db, 'actions', actionSchema, indexes, 'action', auditEvents, steps, {
        derived: OUTSTANDING_FIELD,
        retiredIndexes: RETIRED_INDEXES,
      }),
    );
  }

  /** Stores a new action with its short reference (the same one again when the creation is retried). */
  override async create(action: Action): Promise<Action> {
    return super.create({ ...action, reference: await this.references.allocate(action._id) });
  }

  /** The action a short reference ("A-12") names, or null when none has it. */
  async findByReference(reference: string): Promise<Action | null> {
    const actionId = await this.references.actionIdFor(reference);
    return actionId ? this.findById(actionId) : null;
  }

  /**
   * Gives every action stored before references existed its reference, oldest first; run at start-up, and
   * with nothing to do after the first. Setting it is not a step of the action's lifecycle (no version, no
   * history): it only names the action. An instance saving a step over it at that moment can drop it from
   * the document, but not from the references, so the next start-up sets it again.
   */
  async backfillReferences(): Promise<number> {
    const given = new Set<string>();
    for (;;) {
      const batch = await this.collection[driver]
        .find({ reference: { $exists: false } }, { projection: { _id: 1 } })
        .sort({ createdAt: 1, _id: 1 })
        .limit(BACKFILL_BATCH)
        .toArray();
      // Only actions given one in this run are left (a step saved over it meanwhile): the next start-up's.
      const waiting = batch.filter(({ _id }) => !given.has(_id));
      if (waiting.length === 0) return given.size;
      for (const { _id } of waiting) {
        const reference = await this.references.allocate(_id);
        await this.collection[driver].updateOne({ _id, reference: { $exists: false } }, { $set: { reference } });
        given.add(_id);
      }
    }
  }

  /**
   * Gives every action stored before `outstanding` was stored beside it (action-outstanding.ts) that field;
   * run at start-up, and with nothing to do after the first. Until it has run, the lists would miss them.
   */
  async backfillOutstanding(): Promise<number> {
    const missing = { outstanding: { $exists: false } };
    const [outstanding, finished] = await Promise.all([
      this.collection[driver].updateMany(
        { ...missing, status: { $in: [...OUTSTANDING_ACTION_STATUSES] } },
        { $set: { outstanding: true } },
      ),
      this.collection[driver].updateMany(
        { ...missing, status: { $nin: [...OUTSTANDING_ACTION_STATUSES] } },
        { $set: { outstanding: false } },
      ),
    ]);
    return outstanding.modifiedCount + finished.modifiedCount;
  }

  /**
   * The outstanding action of a district due longest ago, when it is overdue (due before today in London):
   * the first in the index's order, so one is read however many are overdue.
   */
  async mostOverdueInDistrict(districtId: string, now: Date): Promise<Action | null> {
    const [found] = await this.collection[driver]
      .find({ districtId, outstanding: true, dueDate: { $lt: londonCalendarDate(now) } })
      .sort(DUE_ORDER)
      .limit(1)
      .toArray();
    return found ? this.collection.read(found) : null;
  }

  /**
   * What a district's digest shows of its outstanding actions, read once for every copy of the digest (each
   * channel renders the same card): each owner's counts, worked out by the database, and only the few most
   * overdue actions the card lists, so a district with thousands of actions sends back a few dozen rows.
   * Two counts rather than one with a condition inside: the embedded engine has no $cond.
   */
  async digestSummaryForDistrict(districtId: string, now: Date, mostOverdue: number): Promise<DigestSummary> {
    const outstanding = { districtId, outstanding: true };
    const overdue = { ...outstanding, dueDate: { $lt: londonCalendarDate(now) } };
    const [outstandingByOwner, overdueByOwner, mostOverdueFound] = await Promise.all([
      this.countByOwner(outstanding),
      this.countByOwner(overdue),
      this.collection[driver]
        .find(overdue, { projection: DIGEST_ROW_PROJECTION })
        .sort(DUE_ORDER)
        .limit(mostOverdue)
        .toArray(),
    ]);
    return {
      owners: [...outstandingByOwner].map(([ownerId, count]) => ({
        ownerId,
        outstanding: count,
        overdue: overdueByOwner.get(ownerId) ?? 0,
      })),
      mostOverdue: mostOverdueFound.map((document) => digestRowSchema.parse(document)),
    };
  }

  private async countByOwner(filter: Filter<Action>): Promise<Map<string, number>> {
    const rows = await this.collection[driver]
      .aggregate([{ $match: filter }, { $group: { _id: '$ownerId', count: { $sum: 1 } } }])
      .toArray();
    return new Map(rows.map((row) => ownerCountRow.parse(row)).map(({ _id, count }) => [_id, count]));
  }

  /** Whether a district has any outstanding action, e.g. anything for its weekly digest to show. */
  async hasOutstandingActions(districtId: string): Promise<boolean> {
    const found = await this.collection[driver].findOne({ districtId, outstanding: true }, { projection: { _id: 1 } });
    return found !== null;
  }

  /** Whether the district has ever had an action, in any state: its history. */
  async anyInDistrict(districtId: string): Promise<boolean> {
    return (await this.collection[driver].findOne({ districtId }, { projection: { _id: 1 } })) !== null;
  }

  /** A person's own outstanding actions, soonest due first ("my actions"). */
  async outstandingActionsForOwner(ownerId: string): Promise<Action[]> {
    const found = await this.collection[driver].find({ ownerId, outstanding: true }).sort(DUE_ORDER).toArray();
    return this.collection.readAll(found);
  }

  /**
   * Actions matching a search, a page at a time, soonest due first (so the most overdue lead), and how many
   * match in all. The page is read in the order of the index the search's equality fields lead
   * (actionSearchFilter), so it stops at the page's end; the total is a count with the same filter, or the
   * page itself when the first page is not full.
   */
  async searchActions(search: ActionSearch, page: { skip: number; limit: number }): Promise<ActionPage> {
    const filter = actionSearchFilter(search);
    const found = this.collection[driver].find(filter).sort(DUE_ORDER).skip(page.skip).limit(page.limit).toArray();
    const [first, total] = await Promise.all([found, this.countActions(search)]);
    return { actions: this.collection.readAll(first), total };
  }

  /** How many actions match a search: counted by the engine over the index the search reads. */
  async countActions(search: ActionSearch): Promise<number> {
    return this.collection[driver].countDocuments(actionSearchFilter(search));
  }

  /**
   * Actions waiting for a manager's decision — a new date asked for, or a completion to verify — soonest due
   * first, at most `limit`; only in these districts, or in every district when absent.
   */
  async pendingDecisions(districtIds: readonly string[] | undefined, limit: number): Promise<Action[]> {
    const inDistricts = districtIds ? oneOrAnyOf('districtId', districtIds) : {};
    const [dateRequests, completions] = await Promise.all([
      this.collection[driver]
        .find({ ...inDistricts, 'dateChangeRequest.at': { $exists: true } })
        .sort(DUE_ORDER)
        .limit(limit)
        .toArray(),
      this.collection[driver]
        .find({ ...inDistricts, status: 'completed' })
        .sort(DUE_ORDER)
        .limit(limit)
        .toArray(),
    ]);
    const once = new Map([...dateRequests, ...completions].map((document) => [String(document._id), document]));
    const byDue = [...once.values()].sort(
      (a, b) => a.dueDate.getTime() - b.dueDate.getTime() || String(a._id).localeCompare(String(b._id)),
    );
    return this.collection.readAll(byDue.slice(0, limit));
  }

  /** Every outstanding action due on or before a date, in every district: what may need chasing today. */
  async outstandingDueBy(lastDueDate: Date): Promise<Action[]> {
    const found = await this.collection[driver]
      .find({ outstanding: true, dueDate: { $lte: lastDueDate } })
      .sort(DUE_ORDER)
      .toArray();
    return this.collection.readAll(found);
  }

  /**
   * A district's actions, in any state, that were due or given (created) from `from` up to `until`: what its
   * performance over those months is worked out from.
   */
  async dueOrGivenBetween(districtId: string, from: Date, until: Date): Promise<Action[]> {
    const [due, given] = await Promise.all([
      this.collection[driver].find({ districtId, dueDate: { $gte: from, $lt: until } }).toArray(),
      this.collection[driver].find({ districtId, createdAt: { $gte: from, $lt: until } }).toArray(),
    ]);
    const byId = new Map([...due, ...given].map((document) => [String(document._id), document]));
    return this.collection.readAll([...byId.values()]);
  }

  /**
   * A page of the action plan for the read API, in id order (snapshot-page.ts). The filter is built here from
   * typed fields only, so nothing a client sent reaches the query as an operator.
   */
  async pageForApi(filter: ApiActionFilter, position: PagePosition, limit: number): Promise<Action[]> {
    const outstanding = { status: { $in: [...OUTSTANDING_ACTION_STATUSES] } };
    const due: Record<string, Date> = {};
    if (filter.dueBefore) due.$lt = filter.dueBefore;
    if (filter.dueAfter) due.$gt = filter.dueAfter;
    const conditions: Record<string, unknown>[] = [
      ...(filter.districtIds ? [{ districtId: { $in: [...filter.districtIds] } }] : []),
      ...(filter.statuses ? [{ status: { $in: [...filter.statuses] } }] : []),
      ...(filter.ownerId ? [{ ownerId: filter.ownerId }] : []),
      ...(Object.keys(due).length > 0 ? [{ dueDate: due }] : []),
      ...(filter.overdue?.is === true ? [outstanding, { dueDate: { $lt: filter.overdue.today } }] : []),
      ...(filter.overdue?.is === false
        ? [
            {
              $or: [
                { status: { $nin: [...OUTSTANDING_ACTION_STATUSES] } },
                { dueDate: { $gte: filter.overdue.today } },
              ],
            },
          ]
        : []),
      // Every step of an action is in its history with its time, the creation first.
      ...(filter.updatedSince
        ? [{ $or: [{ createdAt: { $gte: filter.updatedSince } }, { 'history.at': { $gte: filter.updatedSince } }] }]
        : []),
    ];
    return snapshotPage(this.collection, conditions.length > 0 ? { $and: conditions } : {}, position, limit);
  }

  /**
   * The owners holding most outstanding actions due before a date ("who owns the most overdue actions"),
   * most first, at most `limit`; only in these districts, or in every district when absent.
   */
  async overdueCountsByOwner(
    districtIds: readonly string[] | undefined,
    dueBefore: Date,
    limit: number,
  ): Promise<OwnerCount[]> {
    const rows = await this.collection[driver]
      .aggregate([
        {
          $match: {
            ...(districtIds ? { districtId: { $in: [...districtIds] } } : {}),
            outstanding: true,
            dueDate: { $lt: dueBefore },
          },
        },
        { $group: { _id: '$ownerId', count: { $sum: 1 } } },
        { $sort: { count: -1, _id: 1 } },
        { $limit: limit },
      ])
      .toArray();
    return rows.map((row) => {
      const { _id, count } = ownerCountRow.parse(row);
      return { ownerId: _id, count };
    });
  }

  async forChallengeDay(challengeDayId: string): Promise<Action[]> {
    return this.collection.readAll(await this.collection[driver].find({ challengeDayId }).sort(DUE_ORDER).toArray());
  }

  /**
   * What performance figures are worked out from, for the districts: each action given or due from `from` up to
   * `until`, and each still outstanding past its due date (`today`), once, with only the fields figures read.
   */
  async factsForFigures(districtIds: readonly string[], from: Date, until: Date, today: Date): Promise<ActionFacts[]> {
    // One query, not one per condition: an engine without the indexes reads the collection once, not three times.
    const found = await this.collection[driver]
      .find(
        {
          districtId: { $in: [...districtIds] },
          $or: [
            { createdAt: { $gte: from, $lt: until } },
            { dueDate: { $gte: from, $lt: until } },
            { outstanding: true, dueDate: { $lt: today } },
          ],
        },
        { projection: ACTION_FACTS_PROJECTION },
      )
      .toArray();
    return found.map((document) => actionFactsSchema.parse(document));
  }
}
