import { describe, expect, it } from 'vitest';
import { caseFindingSubmissionSchema } from '../../../src/domain/forms/case-finding.js';

const graded = {
  caseReference: 'cr-104233',
  overallGrade: 'requires_improvement',
  voice_of_child_grade: 'good',
  voice_of_child_comment: 'Wishes quoted in the plan.',
  management_oversight_grade: 'requires_improvement',
  management_oversight_comment: '',
  assessment_and_plan_grade: 'good',
  risk_and_safety_grade: 'good',
  timeliness_grade: 'inadequate',
  safeguardingConcern: 'false',
  recommendation1Text: 'Review the plan with the core group.',
  recommendation1Owner: 'person-sarah',
  recommendation1DueDate: '2027-01-15',
  recommendation1Priority: 'high',
  recommendation2Text: '',
  recommendation2DueDate: '',
};

describe('the case-finding form', () => {
  it('turns the flat card submission into the finding the domain stores', () => {
    const finding = caseFindingSubmissionSchema.parse(graded);
    expect(finding).toEqual({
      caseReference: 'CR-104233',
      overallGrade: 'requires_improvement',
      domains: {
        voice_of_child: { grade: 'good', comment: 'Wishes quoted in the plan.' },
        management_oversight: { grade: 'requires_improvement' },
        assessment_and_plan: { grade: 'good' },
        risk_and_safety: { grade: 'good' },
        timeliness: { grade: 'inadequate' },
      },
      safeguardingConcern: { raised: false },
      recommendations: [
        {
          text: 'Review the plan with the core group.',
          suggestedOwnerId: 'person-sarah',
          dueDate: new Date('2027-01-15T00:00:00Z'),
          priority: 'high',
        },
      ],
    });
  });

  it('refuses a child’s name in the case reference', () => {
    const result = caseFindingSubmissionSchema.safeParse({ ...graded, caseReference: 'Jamie Smith' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['caseReference'],
      message: expect.stringMatching(/person’s name/),
    });
  });

  it('asks why when the safeguarding box is ticked without a reason', () => {
    const result = caseFindingSubmissionSchema.safeParse({ ...graded, safeguardingConcern: 'true' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['safeguardingReason']);
  });

  it('asks for a due date for a recommendation written without one', () => {
    const result = caseFindingSubmissionSchema.safeParse({ ...graded, recommendation1DueDate: '' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Choose a due date for this recommendation.']);
  });

  it('refuses a comment longer than 2,000 characters and a field it does not know', () => {
    expect(caseFindingSubmissionSchema.safeParse({ ...graded, timeliness_comment: 'x'.repeat(2001) }).success).toBe(
      false,
    );
    expect(caseFindingSubmissionSchema.safeParse({ ...graded, auditorId: 'person-else' }).success).toBe(false);
  });
});
