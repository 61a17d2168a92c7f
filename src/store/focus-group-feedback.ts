import type { Db } from 'mongodb';
import { focusGroupFeedbackSchema, type FocusGroupFeedback } from '../domain/capture/focus-group-feedback.js';
import type { AuditEventRepository } from './audit-events.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'submission_unique', key: { submissionId: 1 }, unique: true, serves: 'submit (stored once)' },
  { name: 'day', key: { challengeDayId: 1, submittedAt: 1 }, serves: 'forChallengeDay' },
];

/** What was heard in the focus groups. */
export class FocusGroupFeedbackRepository {
  readonly collection: ValidatedCollection<FocusGroupFeedback>;

  constructor(
    db: Db,
    private readonly auditEvents: AuditEventRepository,
  ) {
    this.collection = new ValidatedCollection(db, 'focus_group_feedback', focusGroupFeedbackSchema, indexes);
  }

  async submit(feedback: FocusGroupFeedback): Promise<{ stored: FocusGroupFeedback; replayed: boolean }> {
    const result = await this.collection.insertOnce(feedback, { submissionId: feedback.submissionId });
    // Written again on a replay too: the first try may have stopped between the two writes.
    const { stored } = result;
    await this.auditEvents.recordSubmitted(
      'focus_group_feedback',
      stored._id,
      stored.facilitatorId,
      stored.submittedAt,
      stored.submissionId,
    );
    return result;
  }

  async forChallengeDay(challengeDayId: string): Promise<FocusGroupFeedback[]> {
    return this.collection.readAll(
      await this.collection[driver].find({ challengeDayId }).sort({ submittedAt: 1 }).toArray(),
    );
  }
}
