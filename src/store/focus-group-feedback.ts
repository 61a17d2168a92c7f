import type { Db } from 'mongodb';
import { focusGroupFeedbackSchema, type FocusGroupFeedback } from '../domain/capture/focus-group-feedback.js';
import type { AuditEventRepository } from './audit-events.js';
import { CaptureRepository } from './capture-repository.js';

/** What was heard in the focus groups. */
export class FocusGroupFeedbackRepository extends CaptureRepository<FocusGroupFeedback> {
  constructor(db: Db, auditEvents: AuditEventRepository) {
    super(db, auditEvents, {
      collectionName: 'focus_group_feedback',
      schema: focusGroupFeedbackSchema,
      auditedKind: 'focus_group_feedback',
      submitterOf: (feedback) => feedback.facilitatorId,
      dayOrder: 'submittedAt',
      indexes: [{ name: 'day', key: { challengeDayId: 1, submittedAt: 1 }, serves: 'forChallengeDay' }],
    });
  }
}
