import type { Db, Filter, Sort } from 'mongodb';
import { z } from 'zod/v4';
import type { AuditedEntityKind, CaseTag } from '../domain/audit/audit-event.js';
import type { ThemeFacts } from '../domain/performance/theme-figures.js';
import { entityId } from '../domain/shared/fields.js';
import type { AuditEventRepository } from './audit-events.js';
import { driver } from './driver-collection.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

/** A record's day and learning themes, as read for performance figures. */
const themeFactsSchema = z.strictObject({
  challengeDayId: entityId,
  learningThemeIds: z.array(entityId).optional(),
});

/** What a submitted card leaves behind: one record per submission, on a Challenge Day. */
interface Captured {
  _id: string;
  submissionId: string;
  challengeDayId: string;
  submittedAt: Date;
}

/** What sets one kind of captured record apart from the others. */
export interface CaptureDeclaration<T extends Captured> {
  readonly collectionName: string;
  readonly schema: z.ZodType<T>;
  /** The kind its submissions are audited as. */
  readonly auditedKind: AuditedEntityKind;
  /** Who the audit trail names as having submitted it. */
  readonly submitterOf: (captured: T) => string;
  /** The child's case a record is about, for records that are about one (a case finding). */
  readonly caseOf?: (captured: T) => CaseTag;
  /** The field a day's records are listed by (forChallengeDay). */
  readonly dayOrder: keyof T & string;
  /** The indexes besides the one keeping each submission to one record, among them one for forChallengeDay. */
  readonly indexes: readonly DeclaredIndex[];
}

/**
 * Records captured from a card on a Challenge Day (a case finding, focus-group feedback, an observed visit):
 * each stored once however many times its card is submitted, with its audit event, and listed by day.
 */
export class CaptureRepository<T extends Captured> {
  readonly collection: ValidatedCollection<T>;

  constructor(
    db: Db,
    private readonly auditEvents: AuditEventRepository,
    private readonly declaration: CaptureDeclaration<T>,
  ) {
    const indexes: DeclaredIndex[] = [
      { name: 'submission_unique', key: { submissionId: 1 }, unique: true, serves: 'submit (stored once)' },
      ...declaration.indexes,
    ];
    this.collection = new ValidatedCollection(db, declaration.collectionName, declaration.schema, indexes);
  }

  /** Stores a record once, however many times its card is submitted. */
  async submit(captured: T): Promise<{ stored: T; replayed: boolean }> {
    const sameSubmission = { submissionId: captured.submissionId } as Partial<Record<keyof T & string, string>>;
    const result = await this.collection.insertOnce(captured, sameSubmission);
    // Written again on a replay too: the first try may have stopped between the two writes.
    const { stored } = result;
    await this.auditEvents.recordSubmitted(
      this.declaration.auditedKind,
      stored._id,
      this.declaration.submitterOf(stored),
      stored.submittedAt,
      stored.submissionId,
      this.declaration.caseOf?.(stored),
    );
    return result;
  }

  /** The records of several days at once (themes over a period), through the same index as forChallengeDay. */
  async forChallengeDays(challengeDayIds: readonly string[]): Promise<T[]> {
    if (challengeDayIds.length === 0) return [];
    const found = await this.collection[driver]
      .find({ challengeDayId: { $in: [...challengeDayIds] } } as Filter<T>)
      .toArray();
    return this.collection.readAll(found);
  }

  /**
   * The learning themes chosen on several days' records, for performance figures: the day and the theme ids
   * only (no text, no author), through the same index as forChallengeDay.
   */
  async themesForDays(challengeDayIds: readonly string[]): Promise<ThemeFacts[]> {
    if (challengeDayIds.length === 0) return [];
    const found = await this.collection[driver]
      .find({ challengeDayId: { $in: [...challengeDayIds] } } as Filter<T>, {
        projection: { _id: 0, challengeDayId: 1, learningThemeIds: 1 },
      })
      .toArray();
    return found.map((document) => themeFactsSchema.parse(document));
  }

  async forChallengeDay(challengeDayId: string): Promise<T[]> {
    const found = await this.collection[driver]
      .find({ challengeDayId } as Filter<T>)
      .sort({ [this.declaration.dayOrder]: 1 } as Sort)
      .toArray();
    return this.collection.readAll(found);
  }
}
