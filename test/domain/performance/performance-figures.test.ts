import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/domain/action/action.js';
import { applyActionCommand, type ActionCommand } from '../../../src/domain/action/lifecycle.js';
import type { Actor } from '../../../src/domain/people/actor.js';
import { periodAround, type FiguresPeriod } from '../../../src/domain/performance/figures-period.js';
import {
  performanceFigures,
  type FiguresFacts,
  type FiguresScope,
} from '../../../src/domain/performance/performance-figures.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aCaseFinding, aChallengeDay, anAction } from '../../support/fixtures.js';

/*
 * A county of two districts over 15 months (October 2025 to December 2026), small enough to count by hand.
 * The clock stands at Monday 7 December 2026, 10:00. Every expected number below is worked out in the comments.
 */
const NOW = new Date('2026-12-07T10:00:00Z');
const day = calendarDateFromIso;
const done = (at: string) => ({ evidence: 'Done', byId: 'person-owner', at: new Date(at) });
const EREWASH = { _id: 'erewash', name: 'Erewash' };
const HIGH_PEAK = { _id: 'high-peak', name: 'High Peak' };
const manager: Actor = { id: 'person-dm', roles: ['district_manager'], districtIds: ['erewash'], isSystem: false };

/** Runs real lifecycle steps on an action, as the bot would: each at its own instant. */
function stepped(action: Action, steps: readonly [string, ActionCommand, Actor][]): Action {
  return steps.reduce((current, [at, command, actor]) => {
    const next = applyActionCommand(current, command, { actor, commandId: `cmd-${at}`, now: new Date(at) });
    if (!next.ok) throw new Error(next.error.message);
    return next.value;
  }, action);
}
const owner: Actor = { id: 'person-owner', roles: ['staff'], districtIds: ['erewash'], isSystem: false };

// Erewash
const e1 = anAction({
  // Given Mon 6 Oct 2025, acknowledged Wed 8th (2 working days); due 14 Nov, done 23:30 that evening (GMT): on time.
  districtId: 'erewash',
  createdAt: new Date('2025-10-06T09:00:00Z'),
  acknowledgedAt: new Date('2025-10-08T09:00:00Z'),
  dueDate: day('2025-11-14'),
  status: 'verified',
  completion: done('2025-11-14T23:30:00Z'),
});
const e2 = anAction({
  // Given Thu 2 Apr 2026, acknowledged Tue 7th: Good Friday and Easter Monday are bank holidays, so 1 working
  // day (3 if they were counted). Due 29 May, still in progress: overdue now.
  districtId: 'erewash',
  createdAt: new Date('2026-04-02T10:00:00Z'),
  acknowledgedAt: new Date('2026-04-07T08:00:00Z'),
  dueDate: day('2026-05-29'),
  status: 'in_progress',
});
// Given Tue 1 Sep 2026, acknowledged Fri 4th (3 working days: late). Due 30 Sep, moved by an approved date
// change to 30 Oct, completed 20 Oct: on time against the new date, and due in October, not September.
const e3 = stepped(
  anAction({ districtId: 'erewash', createdAt: new Date('2026-09-01T08:00:00Z'), dueDate: day('2026-09-30') }),
  [
    ['2026-09-04T09:00:00Z', { kind: 'acknowledge' }, owner],
    [
      '2026-09-25T09:00:00Z',
      { kind: 'request_date_change', requestedDate: day('2026-10-30'), reason: 'Staff away' },
      owner,
    ],
    ['2026-09-28T09:00:00Z', { kind: 'approve_date_change' }, manager],
    ['2026-10-20T09:00:00Z', { kind: 'complete', evidence: 'Audit repeated' }, owner],
  ],
);
// Given Mon 30 Nov 2026, never acknowledged; its two working days ended Wed 2 Dec. Due 31 Dec: not yet due.
const e4 = anAction({ districtId: 'erewash', createdAt: new Date('2026-11-30T10:00:00Z'), dueDate: day('2026-12-31') });
// Given Fri 4 Dec 2026, not acknowledged, but its two working days run to Tue 8 Dec: not counted yet.
const e5 = anAction({ districtId: 'erewash', createdAt: new Date('2026-12-04T16:00:00Z'), dueDate: day('2027-01-15') });
// Given long before the 15 months; due 30 Jun 2026, verified but completed 2 Jul: late.
const e7 = anAction({
  districtId: 'erewash',
  createdAt: new Date('2024-06-03T10:00:00Z'),
  acknowledgedAt: new Date('2024-06-03T11:00:00Z'),
  dueDate: day('2026-06-30'),
  status: 'verified',
  completion: done('2026-07-02T10:00:00Z'),
});
// High Peak
const h1 = anAction({
  // Given and acknowledged Tue 10 Feb 2026. Due 31 Mar; completed 23:30 UTC that day, which is 00:30 on 1 April
  // in London (summer time began 29 March): late.
  districtId: 'high-peak',
  createdAt: new Date('2026-02-10T09:00:00Z'),
  acknowledgedAt: new Date('2026-02-10T15:00:00Z'),
  dueDate: day('2026-03-31'),
  status: 'verified',
  completion: done('2026-03-31T23:30:00Z'),
});
const h2 = anAction({
  // Given Tue 1 Dec 2026, acknowledged Thu 3rd (2 working days). Due Fri 4 Dec, still open: overdue now.
  districtId: 'high-peak',
  createdAt: new Date('2026-12-01T10:00:00Z'),
  acknowledgedAt: new Date('2026-12-03T10:00:00Z'),
  dueDate: day('2026-12-04'),
  status: 'open',
});
const h3 = anAction({
  // Given Tue 23 Dec 2025, acknowledged Mon 29th: Christmas and Boxing Day are bank holidays, so 2 working days
  // (24th, 29th). Due 30 Jan 2026, completed the 29th: on time.
  districtId: 'high-peak',
  createdAt: new Date('2025-12-23T10:00:00Z'),
  acknowledgedAt: new Date('2025-12-29T10:00:00Z'),
  dueDate: day('2026-01-30'),
  status: 'completed',
  completion: done('2026-01-29T10:00:00Z'),
});

const d0 = aChallengeDay({ _id: 'd0', districtId: 'erewash', date: day('2025-11-12') });
const d1 = aChallengeDay({ _id: 'd1', districtId: 'erewash', date: day('2026-03-05') });
const d2 = aChallengeDay({ _id: 'd2', districtId: 'erewash', date: day('2026-09-10') });
const d3 = aChallengeDay({ _id: 'd3', districtId: 'high-peak', date: day('2026-06-18') });
const all = (grade: 'outstanding' | 'good' | 'requires_improvement' | 'inadequate') => ({
  voice_of_child: { grade },
  management_oversight: { grade },
  assessment_and_plan: { grade },
  risk_and_safety: { grade },
  timeliness: { grade },
});
const findings = [
  aCaseFinding({
    challengeDayId: 'd0',
    districtId: 'erewash',
    overallGrade: 'good',
    domains: all('good'),
    learningThemeIds: ['theme-chronology'],
  }),
  aCaseFinding({
    challengeDayId: 'd1',
    districtId: 'erewash',
    overallGrade: 'requires_improvement',
    learningThemeIds: ['theme-chronology', 'theme-voice-of-the-child'],
    domains: { ...all('good'), voice_of_child: { grade: 'requires_improvement' } },
  }),
  // Graded good with the voice of the child inadequate; the moderator made both "requires improvement".
  aCaseFinding({
    challengeDayId: 'd1',
    districtId: 'erewash',
    overallGrade: 'good',
    learningThemeIds: ['theme-voice-of-the-child'],
    domains: {
      ...all('good'),
      voice_of_child: { grade: 'inadequate' },
      risk_and_safety: { grade: 'outstanding' },
      timeliness: { grade: 'requires_improvement' },
    },
    moderation: {
      moderatorId: 'person-qa1',
      overallGrade: 'requires_improvement',
      domainGrades: { voice_of_child: 'requires_improvement' },
      at: new Date('2026-03-06T10:00:00Z'),
    },
  }),
  aCaseFinding({
    challengeDayId: 'd2',
    districtId: 'erewash',
    overallGrade: 'outstanding',
    domains: { ...all('good'), voice_of_child: { grade: 'outstanding' } },
    learningThemeIds: ['theme-chronology'],
  }),
  aCaseFinding({
    challengeDayId: 'd3',
    districtId: 'high-peak',
    overallGrade: 'inadequate',
    domains: all('inadequate'),
    learningThemeIds: ['theme-supervision'],
  }),
];
// Themes chosen on focus groups and visits (the figures read only their day and theme ids).
const focusGroups = [
  { challengeDayId: 'd0', learningThemeIds: ['theme-planning'] },
  { challengeDayId: 'd1' },
  { challengeDayId: 'd2', learningThemeIds: ['theme-chronology', 'theme-supervision'] },
];
const visits = [
  { challengeDayId: 'd3', learningThemeIds: ['theme-supervision'] },
  { challengeDayId: 'd2', learningThemeIds: ['theme-recording'] },
];
const vocabulary = [
  { _id: 'theme-chronology', name: 'Chronology' },
  { _id: 'theme-planning', name: 'Planning' },
  { _id: 'theme-recording', name: 'Recording', retiredAt: new Date('2026-10-01T09:00:00Z') },
  { _id: 'theme-supervision', name: 'Supervision' },
  { _id: 'theme-voice-of-the-child', name: 'Voice of the child' },
];
const facts: FiguresFacts = {
  actions: [e1, e2, e3, e4, e5, e7, h1, h2, h3],
  days: [d0, d1, d2, d3],
  findings,
  focusGroups,
  visits,
  vocabulary,
};
const county = [EREWASH, HIGH_PEAK];
const year2026: FiguresPeriod = { unit: 'year', firstMonth: '2026-01' };

const figures = (scope: FiguresScope, period: FiguresPeriod, districts = county) =>
  performanceFigures({ scope, period, districts }, facts, NOW);
const none = { raised: 0, due: 0, completedOnTime: 0, acknowledgeMeasured: 0, acknowledgedInTime: 0 };

describe('performance figures for the county in 2026', () => {
  const year = figures({ kind: 'county' }, year2026);

  it('counts actions raised, completed on time and acknowledged within two working days, with bank holidays', () => {
    // Raised in 2026: e2, e3, e4, e5, h1, h2. Acknowledgement measured: all but e5 (still within its two days);
    // in time: e2 (Easter), h1, h2. Fell due by today: h3 (on time), h1 (late, London time), e2 (not done),
    // e7 (late), e3 (on time against its new date), h2 (not done).
    expect(year.totals).toEqual({
      raised: 6,
      due: 6,
      completedOnTime: 2,
      acknowledgeMeasured: 5,
      acknowledgedInTime: 3,
    });
    // e2 and h2 are outstanding past their date.
    expect(year.overdueNow).toBe(2);
  });

  it('gives the trend month by month, up to this month', () => {
    expect(year.months.map((month) => month.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    const byMonth = Object.fromEntries(year.months.map(({ month, ...counts }) => [month, counts]));
    expect(byMonth['2026-01']).toEqual({ ...none, due: 1, completedOnTime: 1 });
    expect(byMonth['2026-02']).toEqual({ ...none, raised: 1, acknowledgeMeasured: 1, acknowledgedInTime: 1 });
    expect(byMonth['2026-03']).toEqual({ ...none, due: 1 });
    expect(byMonth['2026-04']).toEqual({ ...none, raised: 1, acknowledgeMeasured: 1, acknowledgedInTime: 1 });
    expect(byMonth['2026-05']).toEqual({ ...none, due: 1 });
    expect(byMonth['2026-06']).toEqual({ ...none, due: 1 });
    expect(byMonth['2026-07']).toEqual(none);
    expect(byMonth['2026-08']).toEqual(none);
    // e3 was given in September; its due date moved out of September into October.
    expect(byMonth['2026-09']).toEqual({ ...none, raised: 1, acknowledgeMeasured: 1 });
    expect(byMonth['2026-10']).toEqual({ ...none, due: 1, completedOnTime: 1 });
    expect(byMonth['2026-11']).toEqual({ ...none, raised: 1, acknowledgeMeasured: 1 });
    expect(byMonth['2026-12']).toEqual({
      raised: 2,
      due: 1,
      completedOnTime: 0,
      acknowledgeMeasured: 1,
      acknowledgedInTime: 1,
    });
  });

  it('counts grades per audit domain from the Challenge Days held in the year, moderated grades standing', () => {
    // Days d1, d2, d3 (d0 was in 2025): four cases.
    expect(year.grades.cases).toBe(4);
    const voice = year.grades.domains.find((domain) => domain.domain === 'voice_of_child');
    expect(voice?.counts).toEqual({ outstanding: 1, good: 0, requires_improvement: 2, inadequate: 1 });
    const oversight = year.grades.domains.find((domain) => domain.domain === 'management_oversight');
    expect(oversight?.counts).toEqual({ outstanding: 0, good: 3, requires_improvement: 0, inadequate: 1 });
    const timeliness = year.grades.domains.find((domain) => domain.domain === 'timeliness');
    expect(timeliness?.counts).toEqual({ outstanding: 0, good: 2, requires_improvement: 1, inadequate: 1 });
    expect(year.grades.overall).toEqual({ outstanding: 1, good: 0, requires_improvement: 2, inadequate: 1 });
  });

  it('gives the grades’ trend Challenge Day by Challenge Day, in date order', () => {
    expect(
      year.days.map(({ challengeDayId, cases, goodOrBetter }) => ({
        challengeDayId,
        cases,
        voice: goodOrBetter.voice_of_child,
        oversight: goodOrBetter.management_oversight,
        overall: goodOrBetter.overall,
      })),
    ).toEqual([
      { challengeDayId: 'd1', cases: 2, voice: 0, oversight: 2, overall: 0 },
      { challengeDayId: 'd3', cases: 1, voice: 0, oversight: 0, overall: 0 },
      { challengeDayId: 'd2', cases: 1, voice: 1, oversight: 1, overall: 1 },
    ]);
  });

  it('puts the districts side by side, adding up to the county', () => {
    expect(year.byDistrict).toEqual([
      {
        districtId: 'erewash',
        name: 'Erewash',
        actions: { raised: 4, due: 3, completedOnTime: 1, acknowledgeMeasured: 3, acknowledgedInTime: 1 },
        overdueNow: 1,
        cases: 3,
        goodOrBetter: 1,
      },
      {
        districtId: 'high-peak',
        name: 'High Peak',
        actions: { raised: 2, due: 3, completedOnTime: 1, acknowledgeMeasured: 2, acknowledgedInTime: 2 },
        overdueNow: 1,
        cases: 1,
        goodOrBetter: 0,
      },
    ]);
  });
});

describe('learning themes in the figures', () => {
  /** A theme's line without its months: name, count, where, on how many days, trend. */
  const lineOf = ({ byMonth: _months, themeId: _id, ...line }: ReturnType<typeof figures>['themes'][number]) => line;
  const from = (case_finding: number, focus_group: number, observed_visit: number) => ({
    case_finding,
    focus_group,
    observed_visit,
  });

  it('counts the county’s themes in 2026 from findings, focus groups and visits, most frequent first', () => {
    const year = figures({ kind: 'county' }, year2026);
    // 2026's days in date order: d1 (5 Mar, Erewash), d3 (18 Jun, High Peak), d2 (10 Sep, Erewash); d0 is 2025.
    // Chronology: d1's first finding, d2's finding and d2's focus group: 1, 0, 2 by day — rising.
    // Supervision: d3's finding and visit, d2's focus group: 0, 2, 1 — rising. Voice of the child: both d1
    // findings: 2, 0, 0 — falling. Recording, retired since: d2's visit. Planning (d0) is 2025's.
    expect(year.themes.map(lineOf)).toEqual([
      { name: 'Chronology', count: 3, bySource: from(2, 1, 0), days: 2, trend: 'rising' },
      { name: 'Supervision', count: 3, bySource: from(1, 1, 1), days: 2, trend: 'rising' },
      { name: 'Voice of the child', count: 2, bySource: from(2, 0, 0), days: 1, trend: 'falling' },
      { name: 'Recording (retired)', count: 1, bySource: from(0, 0, 1), days: 1, trend: 'rising' },
    ]);
    const chronology = Object.fromEntries(year.themes[0]?.byMonth.map(({ month, count }) => [month, count]) ?? []);
    expect(chronology).toMatchObject({ '2026-01': 0, '2026-03': 1, '2026-06': 0, '2026-09': 2, '2026-12': 0 });
    expect(year.themes[0]?.byMonth).toHaveLength(12);
  });

  it('counts only the district’s own days for a district, and an earlier period from the same records', () => {
    const erewash = figures({ kind: 'district', districtId: 'erewash' }, year2026, [EREWASH]);
    // High Peak's finding and visit (d3) leave Supervision with Erewash's focus group on d2 alone.
    expect(erewash.themes.map(({ name, count, days }) => ({ name, count, days }))).toEqual([
      { name: 'Chronology', count: 3, days: 2 },
      { name: 'Voice of the child', count: 2, days: 1 },
      { name: 'Recording (retired)', count: 1, days: 1 },
      { name: 'Supervision', count: 1, days: 1 },
    ]);
    const q4 = figures({ kind: 'district', districtId: 'erewash' }, { unit: 'quarter', firstMonth: '2025-10' }, [
      EREWASH,
    ]);
    // d0 only: its finding's Chronology and its focus group's Planning, each on the one day.
    expect(q4.themes.map(lineOf)).toEqual([
      { name: 'Chronology', count: 1, bySource: from(1, 0, 0), days: 1, trend: 'once' },
      { name: 'Planning', count: 1, bySource: from(0, 1, 0), days: 1, trend: 'once' },
    ]);
  });

  it('names a theme no longer in the vocabulary without guessing', () => {
    const withoutPlanning = performanceFigures(
      {
        scope: { kind: 'district', districtId: 'erewash' },
        period: { unit: 'quarter', firstMonth: '2025-10' },
        districts: [EREWASH],
      },
      { ...facts, vocabulary: vocabulary.filter((theme) => theme._id !== 'theme-planning') },
      NOW,
    );
    expect(withoutPlanning.themes.map((theme) => theme.name)).toEqual(['Chronology', 'A removed theme']);
  });
});

describe('performance figures for one district', () => {
  it('counts an action moved by an approved date change against its new date', () => {
    const erewash = (period: FiguresPeriod) => figures({ kind: 'district', districtId: 'erewash' }, period, [EREWASH]);
    // July to September: e3 is no longer due then. October to December: due 30 Oct, done 20 Oct.
    expect(erewash({ unit: 'quarter', firstMonth: '2026-07' }).totals).toEqual({
      ...none,
      raised: 1,
      acknowledgeMeasured: 1,
    });
    expect(erewash({ unit: 'quarter', firstMonth: '2026-10' }).totals).toEqual({
      raised: 2,
      due: 1,
      completedOnTime: 1,
      acknowledgeMeasured: 1,
      acknowledgedInTime: 0,
    });
    expect(e3.dueDate).toEqual(day('2026-10-30'));
  });

  it('shows last month alone, with what is overdue now, and no other district', () => {
    const lastMonth = figures({ kind: 'district', districtId: 'erewash' }, periodAround('month', NOW, 1), [EREWASH]);
    expect(lastMonth.period).toEqual({ unit: 'month', firstMonth: '2026-11' });
    expect(lastMonth.totals).toEqual({ ...none, raised: 1, acknowledgeMeasured: 1 });
    expect(lastMonth.overdueNow).toBe(1);
    expect(lastMonth.byDistrict).toEqual([]);
    expect(lastMonth.grades.cases).toBe(0);
  });

  it('covers 2025’s last quarter from the same records', () => {
    const q4 = figures({ kind: 'district', districtId: 'erewash' }, { unit: 'quarter', firstMonth: '2025-10' }, [
      EREWASH,
    ]);
    // e1: given 6 Oct, acknowledged in 2 working days, due 14 Nov and done that evening. Day d0, one good case.
    expect(q4.totals).toEqual({ raised: 1, due: 1, completedOnTime: 1, acknowledgeMeasured: 1, acknowledgedInTime: 1 });
    expect(q4.grades.overall).toEqual({ outstanding: 0, good: 1, requires_improvement: 0, inadequate: 0 });
  });
});
