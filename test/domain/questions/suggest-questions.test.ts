import { describe, expect, it } from 'vitest';
import { closestQuestions, phraseActionsQuestion } from '../../../src/domain/questions/suggest-questions.js';

describe('the questions the bot suggests', () => {
  it('the closest questions come first, even misspelt', () => {
    expect(closestQuestions('faild deliveries', undefined)).toEqual([
      'show failed deliveries',
      'overdue actions',
      'my actions',
    ]);
    expect(closestQuestions('audit trial', 'Erewash')).toEqual([
      'audit trail for case CR-104233',
      'overdue actions for Erewash',
      'my actions',
    ]);
  });

  it('an actions question is written back with everything that was understood', () => {
    expect(
      phraseActionsQuestion({
        state: 'outstanding',
        owner: { id: 'person-priya', displayName: 'Priya Sharma' },
        districtName: 'Erewash',
        datePhrase: 'this week',
      }),
    ).toBe('outstanding actions owned by Priya Sharma for Erewash due this week');
    expect(phraseActionsQuestion({ state: 'any', districtName: 'High Peak', lastChallengeDay: true })).toBe(
      'actions from the last Challenge Day in High Peak',
    );
    expect(phraseActionsQuestion({ state: 'awaiting_verification', owner: 'me' })).toBe(
      'my actions awaiting verification',
    );
  });
});
