import type { Db } from 'mongodb';
import { observedVisitSchema, type ObservedVisit } from '../domain/capture/observed-visit.js';
import type { AuditEventRepository } from './audit-events.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'submission_unique', key: { submissionId: 1 }, unique: true, serves: 'submit (stored once)' },
  { name: 'day', key: { challengeDayId: 1, submittedAt: 1 }, serves: 'forChallengeDay' },
];

/** Senior managers' notes from observed visits. */
export class ObservedVisitRepository {
  readonly collection: ValidatedCollection<ObservedVisit>;

  constructor(
    db: Db,
    private readonly auditEvents: AuditEventRepository,
  ) {
    this.collection = new ValidatedCollection(db, 'observed_visits', observedVisitSchema, indexes);
  }

  async submit(visit: ObservedVisit): Promise<{ stored: ObservedVisit; replayed: boolean }> {
    const result = await this.collection.insertOnce(visit, { submissionId: visit.submissionId });
    // Written again on a replay too: the first try may have stopped between the two writes.
    const { stored } = result;
    await this.auditEvents.recordSubmitted(
      'observed_visit',
      stored._id,
      stored.seniorManagerId,
      stored.submittedAt,
      stored.submissionId,
    );
    return result;
  }

  async forChallengeDay(challengeDayId: string): Promise<ObservedVisit[]> {
    return this.collection.readAll(
      await this.collection[driver].find({ challengeDayId }).sort({ submittedAt: 1 }).toArray(),
    );
  }
}
