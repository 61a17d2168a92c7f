import { describe, expect, it } from 'vitest';
import { readNoticeAnswer } from '../../../src/domain/notice/read-notice-answer.js';

describe('answers to the notice written in its thread', () => {
  it.each([
    ['yes', 'attending'],
    ['Yes, I’ll be there', 'attending'],
    ['count me in', 'attending'],
    ["can't make it, sorry", 'unavailable'],
    ['I’m in court that day', 'unavailable'],
    ['not available', 'unavailable'],
    ['available for a focus group', 'focus_group'],
    ['focus group please', 'focus_group'],
  ])('reads %j as %s', (text, kind) => {
    expect(readNoticeAnswer(text)).toBe(kind);
  });

  it('leaves other talk in the thread alone', () => {
    expect(readNoticeAnswer('which room is it in?')).toBeNull();
  });
});
