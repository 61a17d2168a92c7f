import type { Db } from 'mongodb';
import { observedVisitSchema, type ObservedVisit } from '../domain/capture/observed-visit.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'submission_unique', key: { submissionId: 1 }, unique: true, serves: 'submit (stored once)' },
  { name: 'day', key: { challengeDayId: 1, submittedAt: 1 }, serves: 'forChallengeDay' },
];

/** Senior managers' notes from observed visits. */
export class ObservedVisitRepository {
  readonly collection: ValidatedCollection<ObservedVisit>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'observed_visits', observedVisitSchema, indexes);
  }

  submit(visit: ObservedVisit): Promise<{ stored: ObservedVisit; replayed: boolean }> {
    return this.collection.insertOnce(visit, { submissionId: visit.submissionId });
  }

  async forChallengeDay(challengeDayId: string): Promise<ObservedVisit[]> {
    return this.collection.readAll(
      await this.collection.raw.find({ challengeDayId }).sort({ submittedAt: 1 }).toArray(),
    );
  }
}
