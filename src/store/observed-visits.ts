import type { Db } from 'mongodb';
import { observedVisitSchema, type ObservedVisit } from '../domain/capture/observed-visit.js';
import type { AuditEventRepository } from './audit-events.js';
import { CaptureRepository } from './capture-repository.js';

/** Senior managers' notes from observed visits. */
export class ObservedVisitRepository extends CaptureRepository<ObservedVisit> {
  constructor(db: Db, auditEvents: AuditEventRepository) {
    super(db, auditEvents, {
      collectionName: 'observed_visits',
      schema: observedVisitSchema,
      auditedKind: 'observed_visit',
      submitterOf: (visit) => visit.seniorManagerId,
      dayOrder: 'submittedAt',
      indexes: [{ name: 'day', key: { challengeDayId: 1, submittedAt: 1 }, serves: 'forChallengeDay' }],
    });
  }
}
