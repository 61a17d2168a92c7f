import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import type { ParsedQuestion } from '../../../src/domain/questions/query.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { contextAt } from './derbyshire.js';

const day = calendarDateFromIso;
const NOW = new Date('2026-11-26T10:00:00Z');
const context = contextAt(NOW);

/** What a person types to ask about learning themes, and the question the bot reads. "Today" is Thu 26 Nov 2026. */
const ROWS: readonly (readonly [string, ParsedQuestion])[] = [
  [
    'recurring themes in Erewash',
    {
      kind: 'themes',
      districtId: 'erewash',
      period: { from: day('2025-12-01'), until: day('2026-11-27'), label: 'the last 12 months' },
    },
  ],
  [
    'themes this year',
    { kind: 'themes', period: { from: day('2026-01-01'), until: day('2026-11-27'), label: '2026 so far' } },
  ],
  [
    'themes for High Peak this quarter',
    {
      kind: 'themes',
      districtId: 'high-peak',
      period: { from: day('2026-10-01'), until: day('2026-11-27'), label: 'this quarter (from 1 Oct)' },
    },
  ],
  [
    'what themes keep coming up in Chesterfield over the last 6 months?',
    {
      kind: 'themes',
      districtId: 'chesterfield',
      period: { from: day('2026-06-01'), until: day('2026-11-27'), label: 'the last 6 months' },
    },
  ],
  [
    'learning themes 2025',
    { kind: 'themes', period: { from: day('2025-01-01'), until: day('2026-01-01'), label: '2025' } },
  ],
];

describe('questions about learning themes', () => {
  for (const [text, expected] of ROWS) {
    it(`reads “${text}”`, () => {
      expect(parseQuestion(text, context)).toEqual(expected);
    });
  }

  it('leaves “themes” alone to the list of themes, and “my actions” to actions', () => {
    expect(parseQuestion('themes', context).kind).not.toBe('themes');
    expect(parseQuestion('my actions', context).kind).toBe('actions');
  });

  it('says back what it did not understand in a themes question, with questions to ask instead', () => {
    const parsed = parseQuestion('recurring themes in Narnia', context);
    expect(parsed).toMatchObject({ kind: 'unclear', understood: 'I understood “recurring themes”, but not “narnia”.' });
  });
});
