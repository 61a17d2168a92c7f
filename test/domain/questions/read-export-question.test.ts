import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import type { ParsedQuestion } from '../../../src/domain/questions/query.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { contextAt } from './derbyshire.js';

const day = calendarDateFromIso;

/** What a person types to get the action plan as a file, and the export the bot must make. "Today" is Thu 26 Nov 2026. */
const ROWS: readonly (readonly [string, ParsedQuestion])[] = [
  [
    'export the action plan for High Peak',
    { kind: 'export_actions', actions: { kind: 'actions', state: 'any', districtId: 'high-peak' } },
  ],
  ['export all overdue actions', { kind: 'export_actions', actions: { kind: 'actions', state: 'overdue' } }],
  ['Export the action plan', { kind: 'export_actions', actions: { kind: 'actions', state: 'any' } }],
  ['export', { kind: 'export_actions', actions: { kind: 'actions', state: 'any' } }],
  [
    'please export completed actions for Erewash',
    { kind: 'export_actions', actions: { kind: 'actions', state: 'completed', districtId: 'erewash' } },
  ],
  [
    'download outstanding actions owned by Gareth Lowe in Chesterfield',
    {
      kind: 'export_actions',
      actions: {
        kind: 'actions',
        state: 'outstanding',
        districtId: 'chesterfield',
        owner: { kind: 'person', personId: 'person-gareth' },
      },
    },
  ],
  [
    'overdue actions for The Peak as a spreadsheet',
    { kind: 'export_actions', actions: { kind: 'actions', state: 'overdue', districtId: 'high-peak' } },
  ],
  [
    'export the action plan for Bolsover due next month',
    {
      kind: 'export_actions',
      actions: {
        kind: 'actions',
        state: 'any',
        districtId: 'bolsover',
        due: { from: day('2026-12-01'), to: day('2026-12-31') },
      },
    },
  ],
  [
    'export actions from the last Challenge Day in High Peak',
    {
      kind: 'export_actions',
      actions: { kind: 'actions', state: 'any', districtId: 'high-peak', challengeDay: { which: 'last' } },
    },
  ],
  [
    'export what came out of the last Challenge Day in High Peak',
    {
      kind: 'export_actions',
      actions: { kind: 'actions', state: 'any', districtId: 'high-peak', challengeDay: { which: 'last' } },
    },
  ],
  [
    'export actions awaiting verification in Amber Valley to excel',
    {
      kind: 'export_actions',
      actions: { kind: 'actions', state: 'awaiting_verification', districtId: 'amber-valley' },
    },
  ],
];

describe('asking for the action plan as a file', () => {
  it.each(ROWS)('“%s” is read as an export of the right actions', (asked, expected) => {
    expect(parseQuestion(asked, contextAt())).toStrictEqual(expected);
  });

  it('is never read as planning a Challenge Day, nor as a card of actions', () => {
    expect(parseQuestion('export the action plan for Chesterfield', contextAt()).kind).toBe('export_actions');
    expect(parseQuestion('show the action plan for Chesterfield', contextAt()).kind).not.toBe('export_actions');
  });

  it('answers an export it cannot read with exports to copy', () => {
    expect(parseQuestion('export overdue actions for Narnia', contextAt())).toStrictEqual({
      kind: 'unclear',
      understood: 'I understood “export overdue actions”, but not “narnia”.',
      suggestions: ['export overdue actions', 'export my actions'],
    });
  });
});
