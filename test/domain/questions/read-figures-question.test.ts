import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import type { ParsedQuestion } from '../../../src/domain/questions/query.js';
import { contextAt } from './derbyshire.js';

const figures = (scope: object, unit: string, firstMonth: string): ParsedQuestion =>
  ({ kind: 'performance_figures', scope, period: { unit, firstMonth } }) as ParsedQuestion;
const erewash = { kind: 'district', districtId: 'erewash' };

/** "Today" is Thursday 26 November 2026. */
describe('questions about performance figures', () => {
  it.each([
    ['performance for Erewash this quarter', figures(erewash, 'quarter', '2026-10')],
    ['county performance 2026', figures({ kind: 'county' }, 'year', '2026-01')],
    [
      'performance for High Peak last month',
      figures({ kind: 'district', districtId: 'high-peak' }, 'month', '2026-10'),
    ],
    ['compare districts this year', figures({ kind: 'compare' }, 'year', '2026-01')],
    ['How is Erewash doing last quarter?', figures(erewash, 'quarter', '2026-07')],
    ['Erewash figures for Q1 2026', figures(erewash, 'quarter', '2026-01')],
    ['performance for Erewash November 2025', figures(erewash, 'month', '2025-11')],
    ['performance for the whole county', figures({ kind: 'county' }, 'year', '2026-01')],
    ['compare districts 2025', figures({ kind: 'compare' }, 'year', '2025-01')],
  ])('“%s” asks for figures', (asked, expected) => {
    expect(parseQuestion(asked, contextAt())).toEqual(expected);
  });

  it('says back what it did not understand, and offers questions it does', () => {
    const answer = parseQuestion('performance for Erewash fortnightly', contextAt());
    expect(answer).toMatchObject({ kind: 'unclear', understood: 'I understood “performance”, but not “fortnightly”.' });
    if (answer.kind !== 'unclear') throw new Error('unclear expected');
    for (const suggestion of answer.suggestions) {
      expect(parseQuestion(suggestion, contextAt()).kind).toBe('performance_figures');
    }
  });

  it('asks which district when a name fits several', () => {
    expect(parseQuestion('performance for Derbyshire this year', contextAt())).toMatchObject({ kind: 'unclear' });
  });

  it('leaves questions about actions alone', () => {
    expect(parseQuestion('overdue actions for Erewash', contextAt()).kind).toBe('actions');
  });
});
