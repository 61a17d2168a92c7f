import { describe, expect, it } from 'vitest';
import { gradeCountsText, summariseDay } from '../../../src/domain/reports/summarise-day.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aCaseFinding, aFocusGroupFeedback, anObservedVisit } from '../../support/fixtures.js';

describe('summarising a Challenge Day for its report', () => {
  it('counts grades per domain, uses the moderated grade where there is one, and counts the grades moderation moved', () => {
    const moderated = aCaseFinding({
      overallGrade: 'good',
      moderation: {
        moderatorId: 'person-qa',
        overallGrade: 'requires_improvement',
        domainGrades: { timeliness: 'inadequate' },
        at: new Date(),
      },
    });
    const summary = summariseDay([aCaseFinding(), moderated], [aFocusGroupFeedback()], [], 'person-dm');

    expect(summary.findingCount).toBe(2);
    expect(summary.overallGrades).toEqual({ outstanding: 0, good: 1, requires_improvement: 1, inadequate: 0 });
    expect(summary.domainGrades.timeliness).toEqual({
      outstanding: 0,
      good: 1,
      requires_improvement: 0,
      inadequate: 1,
    });
    expect(summary.gradesMoved).toBe(2);
    expect(summary.themes).toEqual(['A stable, skilled and supported workforce']);
    expect(gradeCountsText(summary.overallGrades)).toBe('1 good, 1 requires improvement to be good');
  });

  it('turns every recommendation into a draft action, owned by the district manager when nobody was suggested', () => {
    const finding = aCaseFinding({
      caseReference: 'CR-1',
      recommendations: [
        { text: 'Chase the health assessment', dueDate: calendarDateFromIso('2027-01-10'), priority: 'high' },
        {
          text: 'Update the plan',
          suggestedOwnerId: 'person-sw',
          dueDate: calendarDateFromIso('2027-01-20'),
          priority: 'low',
        },
      ],
    });
    const { draftActions } = summariseDay([finding], [], [], 'person-dm');
    expect(draftActions.map((draft) => [draft.key, draft.what, draft.ownerId, draft.source.summary])).toEqual([
      [`${finding._id}:0`, 'Chase the health assessment', 'person-dm', 'Case finding CR-1'],
      [`${finding._id}:1`, 'Update the plan', 'person-sw', 'Case finding CR-1'],
    ]);
  });

  it('gathers strengths and areas for improvement by case, and what observed visits taught', () => {
    const summary = summariseDay(
      [
        aCaseFinding({ caseReference: 'CR-1', strengths: 'Clear plan.', areasForImprovement: 'Late reviews.' }),
        aCaseFinding({ caseReference: 'CR-2', strengths: '  ', areasForImprovement: undefined }),
      ],
      [aFocusGroupFeedback(), aFocusGroupFeedback()],
      [anObservedVisit({ learning: 'Plans explained in plain words.' }), anObservedVisit()],
      'person-dm',
    );
    expect(summary.strengths).toEqual([{ caseReference: 'CR-1', text: 'Clear plan.' }]);
    expect(summary.areasForImprovement).toEqual([{ caseReference: 'CR-1', text: 'Late reviews.' }]);
    expect(summary.visitLearning).toEqual(['Plans explained in plain words.']);
    expect(summary.focusGroupCount).toBe(2);
    expect(summary.observedVisitCount).toBe(2);
  });
});
