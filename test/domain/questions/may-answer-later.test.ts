import { describe, expect, it } from 'vitest';
import { mayAnswerLater } from '../../../src/domain/questions/may-answer-later.js';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import { contextAt } from './derbyshire.js';

/** Questions that only read may be answered after "working on it"; what changes something or opens a form may not. */
describe('which typed messages may be answered after "working on it"', () => {
  it.each([
    ['county performance 2026', 'performance_figures', true],
    ['overdue actions in Erewash', 'actions', true],
    ['how many overdue actions in Erewash?', 'count_actions', true],
    ['help', 'help', true],
    ['link this channel to Erewash', 'link_channel', false],
    ['unlink this channel', 'unlink_channel', false],
    ['plan a challenge day', 'plan_challenge_day', false],
    ['case finding for Erewash', 'open_capture_form', false],
  ])('“%s” (%s): %s', (typed, kind, later) => {
    const question = parseQuestion(typed, contextAt());
    expect(question.kind).toBe(kind);
    expect(mayAnswerLater(question)).toBe(later);
  });
});
