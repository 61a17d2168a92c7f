import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import { contextAt } from './derbyshire.js';

describe('identity data typed into a question', () => {
  it.each([
    ['overdue actions owned by Kayden Marsh', 'kayden marsh', 'I don’t know anyone by that name'],
    ['actions for Ellie-May O’Connor', 'ellie-may', 'not part of it (not repeated here'],
    ['what does Kayden Marsh have due', 'kayden marsh', 'not part of it (not repeated here'],
    ['overdue actions 943-476-5919', '943-476-5919', 'not part of it (not repeated here'],
    ['outstanding actions for Kayden Marsh born 12/03/2015', '12/03/2015', 'not part of it (not repeated here'],
  ])('"%s" is answered without repeating it', (asked, typed, answer) => {
    const parsed = parseQuestion(asked, contextAt());
    expect(parsed.kind).toBe('unclear');
    const said = JSON.stringify(parsed).toLowerCase();
    expect(said).not.toContain(typed);
    expect(JSON.stringify(parsed).replace(/'/g, '’')).toContain(answer);
  });

  it('words that are not identity data are still said back, so the person sees what was not understood', () => {
    const parsed = parseQuestion('overdue actions owned by Zorro', contextAt());
    expect(JSON.stringify(parsed)).toContain('“zorro”');
  });
});
