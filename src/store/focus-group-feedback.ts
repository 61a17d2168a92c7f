import type { Db } from 'mongodb';
import { focusGroupFeedbackSchema, type FocusGroupFeedback } from '../domain/capture/focus-group-feedback.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'submission_unique', key: { submissionId: 1 }, unique: true, serves: 'submit (stored once)' },
  { name: 'day', key: { challengeDayId: 1, submittedAt: 1 }, serves: 'forChallengeDay' },
];

/** What was heard in the focus groups. */
export class FocusGroupFeedbackRepository {
  readonly collection: ValidatedCollection<FocusGroupFeedback>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'focus_group_feedback', focusGroupFeedbackSchema, indexes);
  }

  submit(feedback: FocusGroupFeedback): Promise<{ stored: FocusGroupFeedback; replayed: boolean }> {
    return this.collection.insertOnce(feedback, { submissionId: feedback.submissionId });
  }

  async forChallengeDay(challengeDayId: string): Promise<FocusGroupFeedback[]> {
    return this.collection.readAll(
      await this.collection.raw.find({ challengeDayId }).sort({ submittedAt: 1 }).toArray(),
    );
  }
}
