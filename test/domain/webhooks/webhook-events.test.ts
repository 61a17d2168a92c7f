import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionEvent,
  challengeDayPlannedEvent,
  reportVerifiedEvent,
  safeguardingRaisedEvent,
} from '../../../src/domain/webhooks/webhook-events.js';
import { webhookEventSchema, type WebhookEvent } from '../../../src/domain/webhooks/webhook-event.js';
import { aCaseFinding, aChallengeDay, anAction, aReport } from '../../support/fixtures.js';

const district = { _id: 'erewash', name: 'Erewash' };
const at = new Date('2026-12-06T10:15:00Z');

/**
 * Free text as people write it into findings and actions, marked so that any of it in a payload is found:
 * a child's name, a concern's reason, a comment. "Zq" appears in no id, field name or date the bot writes.
 */
const caseText = fc
  .tuple(fc.stringMatching(/^[A-Za-z ,.'-]{0,30}$/), fc.stringMatching(/^[a-z]{6,12}$/))
  .map(([words, tail]) => `Zq${tail} ${words}`.trim());
const caseReference = fc.integer({ min: 100000, max: 999999 }).map((n) => `CR-${n}`);

const findingWithCaseDetail = fc
  .record({
    childName: caseText,
    reason: caseText,
    strengths: caseText,
    comment: caseText,
    recommendation: caseText,
    caseReference,
  })
  .map((text) => ({
    text,
    finding: aCaseFinding({
      caseReference: text.caseReference,
      strengths: `${text.strengths} ${text.childName}`,
      areasForImprovement: `${text.childName} needs ${text.comment}`,
      safeguardingConcern: { raised: true, reason: `${text.childName}: ${text.reason}`, alertedIds: ['person-qa1'] },
      recommendations: [
        { text: text.recommendation, dueDate: new Date('2027-01-10T00:00:00Z'), priority: 'high' as const },
      ],
    }),
  }));

const actionWithCaseDetail = fc
  .record({
    what: caseText,
    evidence: caseText,
    note: caseText,
    summary: caseText,
    status: fc.constantFrom('open', 'acknowledged', 'in_progress', 'completed', 'verified' as const),
    number: fc.integer({ min: 1, max: 99999 }),
    version: fc.integer({ min: 1, max: 500 }),
  })
  .map((text) => ({
    text,
    action: anAction({
      reference: `A-${text.number}`,
      what: text.what,
      status: text.status,
      version: text.version,
      source: { kind: 'case_finding', id: 'finding-1', summary: text.summary },
      progress: [{ note: text.note, byId: 'person-owner', at }],
      completion: { evidence: text.evidence, byId: 'person-owner', at },
    }),
  }));

/** Every marked text the record held, none of which may be in the payload. */
function expectNoneOf(event: WebhookEvent, texts: readonly string[]): void {
  const body = JSON.stringify(event);
  for (const text of texts) expect(body).not.toContain(text.split(' ')[0]);
  expect(body).not.toContain('Zq');
}

describe('what a webhook payload carries', () => {
  it('a safeguarding event has the case reference, district and time only: no reason, no finding text, no child’s name', () => {
    fc.assert(
      fc.property(findingWithCaseDetail, ({ text, finding }) => {
        const event = safeguardingRaisedEvent(finding, district, at);
        expect(event).toEqual({
          id: expect.stringMatching(/^msg_[0-9a-f]{32}$/),
          type: 'safeguarding.raised',
          timestamp: '2026-12-06T10:15:00.000Z',
          district: { id: 'erewash', name: 'Erewash' },
          data: { caseReference: text.caseReference },
        });
        expectNoneOf(event, [text.childName, text.reason, text.strengths, text.comment, text.recommendation]);
      }),
    );
  });

  it('an action event has its reference, status and due date: no wording, evidence, progress notes or source text', () => {
    fc.assert(
      fc.property(
        actionWithCaseDetail,
        fc.constantFrom('action.completed', 'action.verified', 'action.overdue' as const),
        ({ text, action }, type) => {
          const event = actionEvent(type, action, district, String(action.version), at);
          expect(event?.data).toEqual({
            actionId: action._id,
            reference: `A-${text.number}`,
            status: text.status,
            dueDate: '2026-12-15',
            challengeDayId: 'day-1',
          });
          expectNoneOf(event!, [text.what, text.evidence, text.note, text.summary]);
        },
      ),
    );
  });

  it('report and Challenge Day events carry ids, counts and dates, not the report’s summary or the day’s notes', () => {
    fc.assert(
      fc.property(caseText, caseText, (summary, notes) => {
        const report = aReport({ summary, status: 'approved', actionIds: ['action-1', 'action-2'] });
        const day = aChallengeDay({ intelligenceNotes: notes, date: new Date('2027-02-03T00:00:00Z') });
        const verified = reportVerifiedEvent(report, district, at);
        const planned = challengeDayPlannedEvent(day, district, at);
        expect(verified.data).toEqual({ reportId: report._id, challengeDayId: report.challengeDayId, actionCount: 2 });
        expect(planned.data).toEqual({ challengeDayId: day._id, date: '2027-02-03' });
        expectNoneOf(verified, [summary]);
        expectNoneOf(planned, [notes]);
      }),
    );
  });

  it('a payload with any field beyond the summary is refused before it could be sent', () => {
    const event = safeguardingRaisedEvent(aCaseFinding(), district, at);
    const withReason = { ...event, data: { ...event.data, reason: 'Bruising seen on the child' } };
    expect(webhookEventSchema.safeParse(withReason).success).toBe(false);
  });

  it('the same step makes the same event id; another step, or the same step again later, makes another', () => {
    const action = anAction({ reference: 'A-7', version: 4 });
    const once = actionEvent('action.completed', action, district, '4', at);
    const retried = actionEvent('action.completed', action, district, '4', new Date(at.getTime() + 60_000));
    const reopenedAndCompletedAgain = actionEvent('action.completed', action, district, '6', at);
    const verified = actionEvent('action.verified', action, district, '4', at);
    expect(retried?.id).toBe(once?.id);
    expect(new Set([once?.id, reopenedAndCompletedAgain?.id, verified?.id]).size).toBe(3);
  });
});
