import { describe, expect, it } from 'vitest';
import { requestDateChangeSubmissionSchema } from '../../../src/domain/forms/action-updates.js';
import { focusGroupSubmissionSchema } from '../../../src/domain/forms/focus-group.js';
import { noticeReplySubmissionSchema } from '../../../src/domain/forms/notice-reply.js';
import { observedVisitSubmissionSchema } from '../../../src/domain/forms/observed-visit.js';
import { planChallengeDaySubmissionSchema } from '../../../src/domain/forms/plan-challenge-day.js';
import { returnReportSubmissionSchema } from '../../../src/domain/forms/report-review.js';

describe('forms accept exactly what the cards send', () => {
  it('reads a multi-select as a list and a number sent as text as a number', () => {
    const feedback = focusGroupSubmissionSchema.parse({
      group: 'staff',
      attendeeCount: '8',
      worries: 'Caseloads',
      themes: '5,9,5',
    });
    expect(feedback).toEqual({ group: 'staff', attendeeCount: 8, worries: 'Caseloads', themePositions: [5, 9] });
    expect(focusGroupSubmissionSchema.parse({ group: 'mat', attendeeCount: 8, themes: '' }).themePositions).toEqual([]);
  });

  it('refuses a group of 0 or 201, and a theme that is not on the list', () => {
    expect(focusGroupSubmissionSchema.safeParse({ group: 'staff', attendeeCount: '0' }).success).toBe(false);
    expect(focusGroupSubmissionSchema.safeParse({ group: 'staff', attendeeCount: 201 }).success).toBe(false);
    expect(focusGroupSubmissionSchema.safeParse({ group: 'staff', attendeeCount: 5, themes: '11' }).success).toBe(
      false,
    );
  });

  it('plans a day from the plan card', () => {
    const plan = planChallengeDaySubmissionSchema.parse({
      districtId: 'chesterfield',
      date: '2026-12-03',
      startTime: '09:30',
      districtSite: 'Saltergate Centre',
      matSite: 'Staveley Family Hub',
      focusAreas: '2,5',
      intelligence: 'complaints,inspection',
      intelligenceNotes: '',
      auditTeamIds: 'person-tom,person-karen',
      expectedAttendeeIds: '',
    });
    expect(plan).toEqual({
      districtId: 'chesterfield',
      date: '2026-12-03',
      startTime: '09:30',
      sites: { district: 'Saltergate Centre', mat: 'Staveley Family Hub' },
      focusAreaPositions: [2, 5],
      intelligence: ['complaints', 'inspection'],
      auditTeamIds: ['person-tom', 'person-karen'],
      matAuditTeamIds: [],
      expectedAttendeeIds: [],
    });
  });

  it('asks for at least one focus area and a real date', () => {
    const result = planChallengeDaySubmissionSchema.safeParse({
      districtId: 'x',
      date: '2026-13-01',
      startTime: '9',
      districtSite: 'a',
      matSite: 'b',
      focusAreas: '',
    });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['date', 'focusAreas', 'startTime']);
  });

  it('leaves out an empty optional case reference and refuses an NHS number in it', () => {
    expect(noticeReplySubmissionSchema.parse({ kind: 'unavailable', caseReference: '', note: ' ' })).toEqual({
      kind: 'unavailable',
    });
    expect(
      noticeReplySubmissionSchema.safeParse({ kind: 'attending', caseReference: '485 777 3456' }).error?.issues[0]
        ?.message,
    ).toMatch(/NHS number/);
  });

  it('names the observed worker by reference only', () => {
    expect(observedVisitSubmissionSchema.safeParse({ workerReference: 'Joe Hartley', observed: 'Visit' }).success).toBe(
      false,
    );
    expect(
      observedVisitSubmissionSchema.parse({ workerReference: 'sw-0412', observed: 'Warm, child-led visit' }),
    ).toEqual({ workerReference: 'SW-0412', observed: 'Warm, child-led visit' });
  });

  it('gives a requested date as the stored calendar date', () => {
    expect(requestDateChangeSubmissionSchema.parse({ requestedDate: '2027-01-15', reason: 'Core group' })).toEqual({
      requestedDate: new Date('2027-01-15T00:00:00Z'),
      reason: 'Core group',
    });
  });

  it('needs comments to return a report', () => {
    expect(returnReportSubmissionSchema.safeParse({ comments: '  ' }).error?.issues[0]?.message).toMatch(
      /^Write what needs to change/,
    );
  });
});
