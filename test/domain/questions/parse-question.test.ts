import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import type { ParsedQuestion, Query } from '../../../src/domain/questions/query.js';
import type { Mention } from '../../../src/domain/questions/read-message.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { contextAt } from './derbyshire.js';

const day = calendarDateFromIso;
const due = (from: string, to: string) => ({ from: day(from), to: day(to) });
const me = { kind: 'person', personId: 'person-dana' } as const;
const person = (personId: string) => ({ kind: 'person', personId }) as const;
const myTeam = { kind: 'team_of', personId: 'person-dana' } as const;

/** Mornings either side of the clock changes of 2026 (29 March and 25 October). */
const SAT_28_MARCH_LATE = new Date('2026-03-28T23:30:00Z'); // 23:30 GMT, Saturday
const MON_30_MARCH_EARLY = new Date('2026-03-29T23:30:00Z'); // 00:30 BST, Monday
const SAT_24_OCT_LATE = new Date('2026-10-24T22:30:00Z'); // 23:30 BST, Saturday
const SUN_25_OCT_EARLY = new Date('2026-10-24T23:30:00Z'); // 00:30 BST, Sunday (GMT from 01:00 UTC)
const SUN_6_DEC = new Date('2026-12-06T11:00:00Z'); // a Sunday morning

interface Row {
  readonly asked: string;
  readonly query: Query;
  readonly now?: Date;
  /** The people mentioned, as the channel resolved them (their markup is out of `asked`). */
  readonly mentions?: readonly Mention[];
}

/** What a person types, and the query the bot must act on. "Today" is Thursday 26 November 2026. */
const ROWS: readonly Row[] = [
  // Overdue actions, however people put it.
  {
    asked: 'show overdue actions for district Chesterfield',
    query: { kind: 'actions', state: 'overdue', districtId: 'chesterfield' },
  },
  { asked: "what's overdue in Chesterfield", query: { kind: 'actions', state: 'overdue', districtId: 'chesterfield' } },
  {
    asked: "What's overdue in Chesterfield?",
    query: { kind: 'actions', state: 'overdue', districtId: 'chesterfield' },
  },
  {
    asked: 'overdue actions NE Derbyshire',
    query: { kind: 'actions', state: 'overdue', districtId: 'north-east-derbyshire' },
  },
  {
    asked: 'overdue actions for NED please',
    query: { kind: 'actions', state: 'overdue', districtId: 'north-east-derbyshire' },
  },
  { asked: 'overdue in north east', query: { kind: 'actions', state: 'overdue', districtId: 'north-east-derbyshire' } },
  {
    asked: 'any late actions in S Derbys?',
    query: { kind: 'actions', state: 'overdue', districtId: 'south-derbyshire' },
  },
  {
    asked: 'overdue actions for South Derbyshire',
    query: { kind: 'actions', state: 'overdue', districtId: 'south-derbyshire' },
  },
  { asked: 'whats overdue in chesterfeild', query: { kind: 'actions', state: 'overdue', districtId: 'chesterfield' } },
  { asked: 'overdue actions in Bolsolver', query: { kind: 'actions', state: 'overdue', districtId: 'bolsover' } },
  { asked: 'overdue actions for Erewsh', query: { kind: 'actions', state: 'overdue', districtId: 'erewash' } },
  { asked: 'Overdue actions in Amber Vally', query: { kind: 'actions', state: 'overdue', districtId: 'amber-valley' } },
  { asked: 'overdue for amber', query: { kind: 'actions', state: 'overdue', districtId: 'amber-valley' } },
  { asked: 'OVERDUE ACTIONS HIGH PEAK', query: { kind: 'actions', state: 'overdue', districtId: 'high-peak' } },
  {
    asked: 'actions past their due date in the Dales',
    query: { kind: 'actions', state: 'overdue', districtId: 'derbyshire-dales' },
  },
  { asked: 'overdue actions for Dales', query: { kind: 'actions', state: 'overdue', districtId: 'derbyshire-dales' } },
  {
    asked: 'overdue actions in Derbys Dales',
    query: { kind: 'actions', state: 'overdue', districtId: 'derbyshire-dales' },
  },
  {
    asked: 'overdue actions for the Swadlincote MAT',
    query: { kind: 'actions', state: 'overdue', districtId: 'south-derbyshire' },
  },
  {
    asked: 'overdue actions buxton and glossop mat',
    query: { kind: 'actions', state: 'overdue', districtId: 'high-peak' },
  },
  { asked: "what's overdue?", query: { kind: 'actions', state: 'overdue' } },
  { asked: 'can you show me the overdue actions please', query: { kind: 'actions', state: 'overdue' } },
  {
    asked: 'overdue actions in Ilkeston and Long Eaton MAT',
    query: { kind: 'actions', state: 'overdue', districtId: 'erewash' },
  },

  // Outstanding and open, with and without dates.
  {
    asked: 'outstanding actions for Erewash due this week',
    query: { kind: 'actions', state: 'outstanding', districtId: 'erewash', due: due('2026-11-23', '2026-11-29') },
  },
  { asked: 'open actions in Erewash', query: { kind: 'actions', state: 'outstanding', districtId: 'erewash' } },
  { asked: "what's open in high peak", query: { kind: 'actions', state: 'outstanding', districtId: 'high-peak' } },
  {
    asked: 'what is due in the next 7 days in Bolsover',
    query: { kind: 'actions', state: 'outstanding', districtId: 'bolsover', due: due('2026-11-26', '2026-12-03') },
  },
  {
    asked: 'actions due in the next seven days',
    query: { kind: 'actions', state: 'outstanding', due: due('2026-11-26', '2026-12-03') },
  },
  {
    asked: 'outstanding actions due by Friday',
    query: { kind: 'actions', state: 'outstanding', due: due('2026-11-26', '2026-11-27') },
  },
  {
    asked: 'actions due by 12/12 for Chesterfield',
    query: { kind: 'actions', state: 'outstanding', districtId: 'chesterfield', due: due('2026-11-26', '2026-12-12') },
  },
  {
    asked: 'what is due on 3/12',
    query: { kind: 'actions', state: 'outstanding', due: due('2026-12-03', '2026-12-03') },
  },
  {
    asked: 'actions due before the end of the month',
    query: { kind: 'actions', state: 'outstanding', due: due('2026-11-26', '2026-11-30') },
  },
  {
    asked: 'open actions due before 3 December',
    query: { kind: 'actions', state: 'outstanding', due: due('2026-11-26', '2026-12-02') },
  },
  {
    asked: 'actions due tomorrow in South Derbys',
    query: {
      kind: 'actions',
      state: 'outstanding',
      districtId: 'south-derbyshire',
      due: due('2026-11-27', '2026-11-27'),
    },
  },
  {
    asked: 'outstanding actions due next week',
    query: { kind: 'actions', state: 'outstanding', due: due('2026-11-30', '2026-12-06') },
  },
  {
    asked: 'what is due this month in amber valley',
    query: { kind: 'actions', state: 'outstanding', districtId: 'amber-valley', due: due('2026-11-01', '2026-11-30') },
  },
  {
    asked: 'actions due next month',
    query: { kind: 'actions', state: 'outstanding', due: due('2026-12-01', '2026-12-31') },
  },

  // Completed and awaiting verification.
  { asked: 'completed actions for Bolsover', query: { kind: 'actions', state: 'completed', districtId: 'bolsover' } },
  {
    asked: 'what has been done in Chesterfield',
    query: { kind: 'actions', state: 'completed', districtId: 'chesterfield' },
  },
  {
    asked: 'actions awaiting verification in High Peak',
    query: { kind: 'actions', state: 'awaiting_verification', districtId: 'high-peak' },
  },
  { asked: 'which actions need verifying?', query: { kind: 'actions', state: 'awaiting_verification' } },
  {
    asked: 'actions in Bolsover waiting to be verified',
    query: { kind: 'actions', state: 'awaiting_verification', districtId: 'bolsover' },
  },
  { asked: 'actions pending verification', query: { kind: 'actions', state: 'awaiting_verification' } },
  { asked: 'all actions for Erewash', query: { kind: 'actions', state: 'any', districtId: 'erewash' } },

  // Whose actions.
  { asked: 'my actions', query: { kind: 'actions', state: 'outstanding', owner: me } },
  { asked: "my team's actions", query: { kind: 'actions', state: 'outstanding', owner: myTeam } },
  { asked: 'My team’s actions?', query: { kind: 'actions', state: 'outstanding', owner: myTeam } },
  { asked: "my team's overdue actions", query: { kind: 'actions', state: 'overdue', owner: myTeam } },
  { asked: 'overdue actions for my team', query: { kind: 'actions', state: 'overdue', owner: myTeam } },

  // New dates asked for, which a manager decides.
  { asked: 'date requests', query: { kind: 'actions', state: 'date_requested' } },
  { asked: 'show me the date change requests', query: { kind: 'actions', state: 'date_requested' } },
  {
    asked: 'new date requests in Chesterfield',
    query: { kind: 'actions', state: 'date_requested', districtId: 'chesterfield' },
  },
  { asked: 'requests for a new date', query: { kind: 'actions', state: 'date_requested' } },
  { asked: 'My overdue actions?', query: { kind: 'actions', state: 'overdue', owner: me } },
  {
    asked: 'what have I got due this week',
    query: { kind: 'actions', state: 'outstanding', owner: me, due: due('2026-11-23', '2026-11-29') },
  },
  {
    asked: 'overdue actions owned by me in Chesterfield',
    query: { kind: 'actions', state: 'overdue', owner: me, districtId: 'chesterfield' },
  },
  {
    asked: 'actions owned by Priya Sharma',
    query: { kind: 'actions', state: 'outstanding', owner: person('person-priya') },
  },
  { asked: 'actions owned by priya', query: { kind: 'actions', state: 'outstanding', owner: person('person-priya') } },
  {
    asked: 'actions assigned to Gareth Low',
    query: { kind: 'actions', state: 'outstanding', owner: person('person-gareth') },
  },
  { asked: 'overdue actions for Gareth', query: { kind: 'actions', state: 'overdue', owner: person('person-gareth') } },
  { asked: "Priya's overdue actions", query: { kind: 'actions', state: 'overdue', owner: person('person-priya') } },
  { asked: 'actions owned by Amber', query: { kind: 'actions', state: 'outstanding', owner: person('person-amber') } },
  {
    asked: 'actions owned by Sam Okafor due by friday',
    query: {
      kind: 'actions',
      state: 'outstanding',
      owner: person('person-sam-o'),
      due: due('2026-11-26', '2026-11-27'),
    },
  },
  {
    asked: 'overdue actions for ',
    mentions: [{ personId: 'person-sam-o', displayName: 'Sam Okafor' }],
    query: { kind: 'actions', state: 'overdue', owner: person('person-sam-o') },
  },
  {
    asked: 'actions for   in Erewash',
    mentions: [{ personId: 'person-sam-o' }],
    query: { kind: 'actions', state: 'outstanding', owner: person('person-sam-o'), districtId: 'erewash' },
  },
  {
    asked: 'overdue actions owned by ',
    mentions: [{ displayName: 'Priya Sharma' }],
    query: { kind: 'actions', state: 'overdue', owner: { kind: 'unknown_mention', displayName: 'Priya Sharma' } },
  },
  {
    asked: 'whats overdue in NE Derbys?',
    query: { kind: 'actions', state: 'overdue', districtId: 'north-east-derbyshire' },
  },

  // The actions from a Challenge Day ("what came out of" one is its summary, with the Challenge Day questions).
  {
    asked: 'actions from the last Challenge Day in High Peak',
    query: { kind: 'actions', state: 'any', districtId: 'high-peak', challengeDay: { which: 'last' } },
  },
  {
    asked: 'what actions came out of the last Challenge Day in High Peak',
    query: { kind: 'actions', state: 'any', districtId: 'high-peak', challengeDay: { which: 'last' } },
  },
  {
    asked: 'actions from the latest challenge day in glossopdale',
    query: { kind: 'actions', state: 'any', districtId: 'high-peak', challengeDay: { which: 'last' } },
  },
  {
    asked: 'overdue actions from the last challenge day',
    query: { kind: 'actions', state: 'overdue', challengeDay: { which: 'last' } },
  },
  {
    asked: 'actions from the challenge day on 3/12',
    query: { kind: 'actions', state: 'any', challengeDay: { which: 'on', date: day('2026-12-03') } },
  },

  // Around the clock changes: the London calendar decides what "today" and "this week" are.
  {
    asked: 'what is due today',
    now: SAT_28_MARCH_LATE,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-03-28', '2026-03-28') },
  },
  {
    asked: 'actions due this week',
    now: SAT_28_MARCH_LATE,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-03-23', '2026-03-29') },
  },
  {
    asked: 'what is due today',
    now: MON_30_MARCH_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-03-30', '2026-03-30') },
  },
  {
    asked: 'actions due this week',
    now: MON_30_MARCH_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-03-30', '2026-04-05') },
  },
  {
    asked: 'my actions due by Friday',
    now: MON_30_MARCH_EARLY,
    query: { kind: 'actions', state: 'outstanding', owner: me, due: due('2026-03-30', '2026-04-03') },
  },
  {
    asked: 'what is due tomorrow',
    now: SAT_24_OCT_LATE,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-10-25', '2026-10-25') },
  },
  {
    asked: 'what is due today',
    now: SUN_25_OCT_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-10-25', '2026-10-25') },
  },
  {
    asked: 'actions due this week',
    now: SUN_25_OCT_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-10-19', '2026-10-25') },
  },
  {
    asked: 'outstanding actions due next week',
    now: SUN_25_OCT_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-10-26', '2026-11-01') },
  },

  // The 48-hour notice.
  {
    asked: "who hasn't replied to the notice for Bolsover",
    query: { kind: 'notice_not_replied', districtId: 'bolsover' },
  },
  { asked: "who hasn't replied for Chesterfield?", query: { kind: 'notice_not_replied', districtId: 'chesterfield' } },
  {
    asked: 'who has not responded to the 48 hour notice in erewash',
    query: { kind: 'notice_not_replied', districtId: 'erewash' },
  },
  { asked: 'who hasnt replied yet', query: { kind: 'notice_not_replied' } },
  {
    asked: 'who do I need to chase for the notice in Amber Valley',
    query: { kind: 'notice_not_replied', districtId: 'amber-valley' },
  },

  // Commands and other questions.
  { asked: 'help', query: { kind: 'help' } },
  { asked: 'Help please', query: { kind: 'help' } },
  { asked: '', query: { kind: 'help' } },
  { asked: 'what can you do?', query: { kind: 'help' } },
  { asked: 'show failed deliveries', query: { kind: 'failed_deliveries' } },
  { asked: 'which messages failed?', query: { kind: 'failed_deliveries' } },
  { asked: 'audit trail for case CR-104233', query: { kind: 'case_audit_trail', caseReference: 'CR-104233' } },
  { asked: 'Audit trail for cr-104233?', query: { kind: 'case_audit_trail', caseReference: 'CR-104233' } },
  {
    asked: 'audit log for case MAT/2291 please',
    query: { kind: 'case_audit_trail', caseReference: 'MAT/2291' },
  },
  {
    asked: 'link this channel to Chesterfield',
    query: { kind: 'link_channel', districtId: 'chesterfield', audience: 'district' },
  },
  {
    asked: 'link this channel to Chesterfield MAT',
    query: { kind: 'link_channel', districtId: 'chesterfield', audience: 'mat' },
  },
  {
    asked: 'link this channel to Buxton and Glossop MAT',
    query: { kind: 'link_channel', districtId: 'high-peak', audience: 'mat' },
  },
  {
    asked: 'link to NE Derbyshire',
    query: { kind: 'link_channel', districtId: 'north-east-derbyshire', audience: 'district' },
  },
  { asked: 'unlink', query: { kind: 'unlink_channel' } },
  { asked: 'Unlink this channel please', query: { kind: 'unlink_channel' } },
  { asked: 'plan a challenge day', query: { kind: 'plan_challenge_day' } },
  { asked: 'plan', query: { kind: 'plan_challenge_day' } },
  // Opening the forms of the day.
  { asked: 'case finding', query: { kind: 'open_capture_form', form: 'case-finding' } },
  {
    asked: 'record a finding for Chesterfield',
    query: { kind: 'open_capture_form', form: 'case-finding', districtId: 'chesterfield' },
  },
  {
    asked: 'focus group feedback for High Peak',
    query: { kind: 'open_capture_form', form: 'focus-group', districtId: 'high-peak' },
  },
  { asked: 'observed visit notes', query: { kind: 'open_capture_form', form: 'observed-visit' } },
  {
    asked: 'Plan a new Challenge Day for Erewash on 3/12',
    query: { kind: 'plan_challenge_day', districtId: 'erewash', date: day('2026-12-03') },
  },
  { asked: 'schedule the next challenge day', query: { kind: 'plan_challenge_day' } },
  // Issue 23: what managers ask in their own words. Challenge Days: when, who audits, what they found.
  ...[
    ['when is the next Challenge Day in Chesterfield?', 'next', 'when', 'chesterfield'],
    ["when's the next challenge day", 'next', 'when', undefined],
    ['When is our next Challenge Day?', 'next', 'when', undefined],
    ['next challenge day in chesterfeild', 'next', 'when', 'chesterfield'],
    ['next Challenge Day for NED', 'next', 'when', 'north-east-derbyshire'],
    ['when is the next challange day for NE Derbys', 'next', 'when', 'north-east-derbyshire'],
    ['whens the next chalenge day in the Dales', 'next', 'when', 'derbyshire-dales'],
    ['what date is the next challenge day in Swad', 'next', 'when', 'south-derbyshire'],
    ['date of the upcoming Challenge Day in Bolsolver', 'next', 'when', 'bolsover'],
    ['when is the Challenge Day in Erewsh', 'next', 'when', 'erewash'],
    ['when was the last challenge day in Erewash', 'last', 'when', 'erewash'],
    ['when was the previous Challenge Day for High Peak?', 'last', 'when', 'high-peak'],
    ['last challenge day in glossopdale', 'last', 'when', 'high-peak'],
    ['who is on the audit team for the next challenge day in Bolsover', 'next', 'audit_team', 'bolsover'],
    ["who's on the audit team for the last challenge day", 'last', 'audit_team', undefined],
    ['auditors for the next challenge day in high peak', 'next', 'audit_team', 'high-peak'],
    ['whos auditing at the next challenge day in Amber Vally', 'next', 'audit_team', 'amber-valley'],
    ['who is going to the next Challenge Day in Chesterfield?', 'next', 'audit_team', 'chesterfield'],
    ['audit team for the Chesterfield challenge day', 'next', 'audit_team', 'chesterfield'],
    ['who was on the audit team at the last Challenge Day in Erewash', 'last', 'audit_team', 'erewash'],
    ['how did the last challenge day in Erewash go', 'last', 'outcome', 'erewash'],
    ['How did the last Challenge Day go?', 'last', 'outcome', undefined],
    ['summary of the last challenge day in amber valley', 'last', 'outcome', 'amber-valley'],
    ['results of the last Challenge Day', 'last', 'outcome', undefined],
    ['outcome of the latest challenge day in S Derbys', 'last', 'outcome', 'south-derbyshire'],
    ['grades from the last challenge day in chesterfeild', 'last', 'outcome', 'chesterfield'],
    ['findings of the most recent Challenge Day in the Peak', 'last', 'outcome', 'high-peak'],
    ['what did we find at the last challenge day in Bolsover', 'last', 'outcome', 'bolsover'],
    ['how was the previous challenge day for NE Derbyshire', 'last', 'outcome', 'north-east-derbyshire'],
    ['summarise the last Challenge Day in Ilkeston and Long Eaton MAT', 'last', 'outcome', 'erewash'],
    ['what came out of the last Challenge Day in High Peak', 'last', 'outcome', 'high-peak'],
    ['What came out of the last challenge day in Bolsover?', 'last', 'outcome', 'bolsover'],
    ['what came of the latest chalenge day in glossopdale', 'last', 'outcome', 'high-peak'],
    ['what came out of the last Challenge Day', 'last', 'outcome', undefined],
  ].map(([asked, which, about, districtId]): Row => ({
    asked: asked ?? '',
    query: {
      kind: 'challenge_day',
      which: which as 'next' | 'last',
      about: about as 'when' | 'audit_team' | 'outcome',
      ...(districtId ? { districtId } : {}),
    },
  })),

  // Decisions waiting for the person asking.
  ...[
    'what is waiting for my approval?',
    'What needs my approval',
    "what's awaiting my decision",
    'anything for me to approve?',
    'what do I need to sign off',
    'whats waiting for me',
    'is there anything waiting for my sign off',
    'what do i have to approve',
    'things pending my approval please',
    'what should I verify',
    'my approvals',
    'what have I got to decide on',
  ].map((asked): Row => ({ asked, query: { kind: 'awaiting_my_decision' } })),

  // Counts.
  {
    asked: 'how many actions are overdue across the county?',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'overdue' } },
  },
  {
    asked: 'how many open actions in Erewash',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'outstanding', districtId: 'erewash' } },
  },
  {
    asked: 'how many overdeu actions in chesterfeild',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'overdue', districtId: 'chesterfield' } },
  },
  {
    asked: 'How many overdue actions county-wide?',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'overdue' } },
  },
  {
    asked: 'number of overdue actions in the Dales',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'overdue', districtId: 'derbyshire-dales' } },
  },
  {
    asked: 'how many actions are due this week',
    query: {
      kind: 'count_actions',
      actions: { kind: 'actions', state: 'outstanding', due: due('2026-11-23', '2026-11-29') },
    },
  },
  {
    asked: 'how many actions are still open in total',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'outstanding' } },
  },
  {
    asked: 'how many date requests',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'date_requested' } },
  },
  {
    asked: 'how many actions need verifying in High Peak',
    query: {
      kind: 'count_actions',
      actions: { kind: 'actions', state: 'awaiting_verification', districtId: 'high-peak' },
    },
  },
  {
    asked: 'how many of my actions are overdue',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'overdue', owner: me } },
  },
  {
    asked: "how many of my team's actions are late",
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'overdue', owner: myTeam } },
  },
  {
    asked: 'total number of completed actions for Bolsover',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'completed', districtId: 'bolsover' } },
  },
  {
    asked: 'how many overdue in NE Derbys',
    query: {
      kind: 'count_actions',
      actions: { kind: 'actions', state: 'overdue', districtId: 'north-east-derbyshire' },
    },
  },
  {
    asked: 'how many actions are due by Friday in Swad',
    query: {
      kind: 'count_actions',
      actions: {
        kind: 'actions',
        state: 'outstanding',
        districtId: 'south-derbyshire',
        due: due('2026-11-26', '2026-11-27'),
      },
    },
  },
  {
    asked: 'how many actions from the last challenge day in Erewash are still open',
    query: {
      kind: 'count_actions',
      actions: { kind: 'actions', state: 'outstanding', districtId: 'erewash', challengeDay: { which: 'last' } },
    },
  },
  {
    asked: 'how many actions does Priya Sharma own',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'outstanding', owner: person('person-priya') } },
  },
  {
    asked: 'how many overdue actions across all districts',
    query: { kind: 'count_actions', actions: { kind: 'actions', state: 'overdue' } },
  },
  {
    asked: 'how many actions are due this month in amber',
    query: {
      kind: 'count_actions',
      actions: {
        kind: 'actions',
        state: 'outstanding',
        districtId: 'amber-valley',
        due: due('2026-11-01', '2026-11-30'),
      },
    },
  },

  // Who holds most overdue actions (managers only; the answer decides who may ask).
  { asked: 'who owns the most overdue actions?', query: { kind: 'top_overdue_owners' } },
  {
    asked: 'who has the most overdue actions in Erewash',
    query: { kind: 'top_overdue_owners', districtId: 'erewash' },
  },
  { asked: 'top 3 owners of overdue actions', query: { kind: 'top_overdue_owners', limit: 3 } },
  { asked: 'which staff have the most late actions', query: { kind: 'top_overdue_owners' } },
  { asked: 'who is most behind', query: { kind: 'top_overdue_owners' } },
  {
    asked: 'who owns the most overdeu actions in chesterfeild',
    query: { kind: 'top_overdue_owners', districtId: 'chesterfield' },
  },
  {
    asked: 'Who has most overdue tasks in the Dales?',
    query: { kind: 'top_overdue_owners', districtId: 'derbyshire-dales' },
  },
  {
    asked: 'top five owners with overdue actions in NED',
    query: { kind: 'top_overdue_owners', districtId: 'north-east-derbyshire', limit: 5 },
  },
  { asked: 'worst 10 people for overdue actions', query: { kind: 'top_overdue_owners', limit: 10 } },
  { asked: 'which managers hold the most overdue actions across the county', query: { kind: 'top_overdue_owners' } },

  // Periods, asked on Sunday 6 December 2026 (this week is Monday 30 November to today) and across clock changes.
  {
    asked: "what's due this week",
    now: SUN_6_DEC,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-11-30', '2026-12-06') },
  },
  {
    asked: 'actions due next week in Chesterfield',
    now: SUN_6_DEC,
    query: { kind: 'actions', state: 'outstanding', districtId: 'chesterfield', due: due('2026-12-07', '2026-12-13') },
  },
  {
    asked: 'my actions due by Friday',
    now: SUN_6_DEC,
    query: { kind: 'actions', state: 'outstanding', owner: me, due: due('2026-12-06', '2026-12-11') },
  },
  {
    asked: 'what is due this month',
    now: SUN_6_DEC,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-12-01', '2026-12-31') },
  },
  {
    asked: 'actions due by the end of the week',
    now: SUN_6_DEC,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-12-06', '2026-12-06') },
  },
  {
    asked: 'how many actions are due this week',
    now: SUN_6_DEC,
    query: {
      kind: 'count_actions',
      actions: { kind: 'actions', state: 'outstanding', due: due('2026-11-30', '2026-12-06') },
    },
  },
  {
    asked: 'actions due this week',
    now: MON_30_MARCH_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-03-30', '2026-04-05') },
  },
  {
    asked: 'what is due by friday',
    now: SUN_25_OCT_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-10-25', '2026-10-30') },
  },
  {
    asked: 'outstanding actions due next week',
    now: SAT_28_MARCH_LATE,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-03-30', '2026-04-05') },
  },
  {
    asked: 'actions due this month',
    now: SUN_25_OCT_EARLY,
    query: { kind: 'actions', state: 'outstanding', due: due('2026-10-01', '2026-10-31') },
  },

  // Actions in managers' words, with misspellings and aliases.
  { asked: 'overdeu actions in Erewash', query: { kind: 'actions', state: 'overdue', districtId: 'erewash' } },
  { asked: 'whats overdeu in chesterfeild', query: { kind: 'actions', state: 'overdue', districtId: 'chesterfield' } },
  { asked: 'late actions for Amber', query: { kind: 'actions', state: 'overdue', districtId: 'amber-valley' } },
  { asked: "what's still open in the Peak", query: { kind: 'actions', state: 'outstanding', districtId: 'high-peak' } },
  {
    asked: 'anything overdue in Dronfield and Clay Cross MAT?',
    query: { kind: 'actions', state: 'overdue', districtId: 'north-east-derbyshire' },
  },
  {
    asked: 'what came out of the challenge day on 3/12 in Bolsover',
    query: {
      kind: 'actions',
      state: 'any',
      districtId: 'bolsover',
      challengeDay: { which: 'on', date: day('2026-12-03') },
    },
  },
];

describe('the bot reads a question asked in plain words', () => {
  it('has a phrasing table of at least 140 rows: the first 60 and 80 more in managers’ own words', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(140);
  });

  it.each(ROWS.map((row) => [row.asked, row.query, row.now, row.mentions] as const))(
    '“%s” is answered as the right query',
    (asked, query, now, mentions) => {
      expect(parseQuestion(asked, contextAt(now), mentions)).toStrictEqual(query);
    },
  );
});

describe('a question the bot cannot read gets an answer, not silence', () => {
  const cases: readonly { asked: string; understood: string; suggestions: readonly string[] }[] = [
    {
      asked: 'overdue actions in Derbyshire',
      understood:
        'I understood “overdue actions”, but “derbyshire” could be Derbyshire Dales, North East Derbyshire or South Derbyshire.',
      suggestions: [
        'overdue actions for Derbyshire Dales',
        'overdue actions for North East Derbyshire',
        'overdue actions for South Derbyshire',
      ],
    },
    {
      asked: 'overdue actions for Narnia',
      understood: 'I understood “overdue actions”, but not “narnia”.',
      suggestions: ['overdue actions', 'my actions'],
    },
    {
      asked: 'overdue actions for Chesterfield and Bolsover',
      understood:
        'I understood “overdue actions” for Chesterfield and Bolsover, but I answer for one district at a time.',
      suggestions: ['overdue actions for Chesterfield', 'overdue actions for Bolsover'],
    },
    {
      asked: 'overdue actions for DE4 3AG',
      understood: 'I understood “overdue actions”, but not part of it (not repeated here, as it may identify someone).',
      suggestions: ['overdue actions', 'my actions'],
    },
    {
      asked: 'high priority actions',
      understood: 'I understood “outstanding actions”, but not “high priority”.',
      suggestions: ['outstanding actions', 'overdue actions', 'my actions'],
    },
    {
      asked: 'actions owned by Sam',
      understood: 'I understood “outstanding actions”, but “sam” could be Sam Auditor or Sam Okafor.',
      suggestions: ['outstanding actions owned by Sam Auditor', 'outstanding actions owned by Sam Okafor'],
    },
    {
      asked: 'actions owned by Zebedee',
      understood: "I understood “outstanding actions”, but I don't know anyone called “zebedee”.",
      suggestions: ['outstanding actions', 'my actions'],
    },
    {
      asked: 'overdue actions in Chesterfield due this week',
      understood:
        'I understood “overdue actions for Chesterfield”, but overdue actions are already past their due date, so “due this week” does not narrow them.',
      suggestions: ['overdue actions for Chesterfield', 'outstanding actions for Chesterfield due this week'],
    },
    {
      asked: "who hasn't replied to the notice for Derbyshire?",
      understood:
        "I understood “who hasn't replied to the notice”, but “derbyshire” could be Derbyshire Dales, North East Derbyshire or South Derbyshire.",
      suggestions: [
        "who hasn't replied to the notice for Derbyshire Dales",
        "who hasn't replied to the notice for North East Derbyshire",
        "who hasn't replied to the notice for South Derbyshire",
      ],
    },
    {
      asked: 'link this channel to Derbyshire',
      understood:
        'I understood “link this channel”, but “derbyshire” could be Derbyshire Dales, North East Derbyshire or South Derbyshire.',
      suggestions: [
        'link this channel to Derbyshire Dales',
        'link this channel to North East Derbyshire',
        'link this channel to South Derbyshire',
      ],
    },
    {
      asked: 'link this channel',
      understood: 'I understood “link this channel”, but not which district to link it to.',
      suggestions: ['link this channel to Amber Valley', 'link this channel to Ripley and Alfreton MAT'],
    },
    {
      asked: 'Chesterfield',
      understood: 'I understood “Chesterfield”, but not what you would like to know about it.',
      suggestions: ['overdue actions for Chesterfield', 'my actions', 'help'],
    },
    {
      asked: 'what is the weather like',
      understood: 'I didn’t recognise a question in that.',
      suggestions: ['overdue actions for Amber Valley', 'my actions', 'help'],
    },
    {
      asked: 'who hasnt replyed to the notise',
      understood: 'I didn’t recognise a question in that.',
      suggestions: [
        "who hasn't replied to the notice for Amber Valley",
        'overdue actions for Amber Valley',
        'my actions',
      ],
    },
    {
      asked: 'audit trail for case',
      understood: 'I understood “audit trail”, but not for which case.',
      suggestions: ['audit trail for case CR-104233', 'help'],
    },
    {
      asked: 'when is the next challenge day in Derbyshire',
      understood:
        'I understood “when is the next Challenge Day”, but “derbyshire” could be Derbyshire Dales, North East Derbyshire or South Derbyshire.',
      suggestions: [
        'when is the next Challenge Day in Derbyshire Dales',
        'when is the next Challenge Day in North East Derbyshire',
        'when is the next Challenge Day in South Derbyshire',
      ],
    },
    {
      asked: 'who owns the most overdue actions in narnia',
      understood: 'I understood “who owns the most overdue actions”, but not “narnia”.',
      suggestions: ['who owns the most overdue actions', 'who owns the most overdue actions in Amber Valley'],
    },
    {
      asked: 'how many actions for narnia',
      understood: 'I understood “how many outstanding actions”, but not “narnia”.',
      suggestions: ['how many outstanding actions', 'how many overdue actions', 'how many of my actions'],
    },
    {
      asked: 'when are the actions from the last challenge day due',
      understood: 'I understood “all actions from the last Challenge Day”, but not “when”.',
      suggestions: ['all actions from the last Challenge Day', 'when is the next Challenge Day', 'overdue actions'],
    },
    {
      asked: 'anything needing aproval',
      understood: 'I didn’t recognise a question in that.',
      suggestions: ['what is waiting for my approval', 'overdue actions for Amber Valley', 'my actions'],
    },
    {
      asked: 'how meny actoins',
      understood: 'I didn’t recognise a question in that.',
      suggestions: ['help', 'how many overdue actions in Amber Valley', 'overdue actions for Amber Valley'],
    },
    {
      asked: 'what is waiting for my approval from yesterday',
      understood: 'I understood “what is waiting for my approval”, but not “yesterday”.',
      suggestions: ['what is waiting for my approval', 'date requests'],
    },
  ];

  it.each(cases.map((c) => [c.asked, c] as const))(
    '“%s” says what was understood and offers questions to copy',
    (asked, expected) => {
      expect(parseQuestion(asked, contextAt())).toStrictEqual({
        kind: 'unclear',
        understood: expected.understood,
        suggestions: expected.suggestions,
      });
    },
  );

  it('a child’s name typed as a case reference is refused and not repeated back', () => {
    const answer = parseQuestion('audit trail for Jamie Smith', contextAt());
    expect(answer).toStrictEqual({
      kind: 'unclear',
      understood:
        'I understood “audit trail”, but not the case reference. This looks like a person’s name. Use the case reference only — never a child’s or family member’s name.',
      suggestions: ['audit trail for case CR-104233', 'help'],
    });
    expect(JSON.stringify(answer)).not.toContain('Jamie');
  });

  it.each(cases.map((c) => [c.asked] as const))(
    'every question suggested for “%s” is one the bot understands',
    (asked) => {
      const answer: ParsedQuestion = parseQuestion(asked, contextAt());
      if (answer.kind !== 'unclear') throw new Error(`expected an unclear answer, got ${answer.kind}`);
      expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(answer.suggestions.length).toBeLessThanOrEqual(4);
      for (const suggestion of answer.suggestions) {
        expect(parseQuestion(suggestion, contextAt()).kind, suggestion).not.toBe('unclear');
      }
    },
  );
});
