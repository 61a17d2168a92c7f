import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { nameWords } from '../../../src/domain/themes/safe-excerpt.js';
import { seededThemes } from '../../../src/domain/themes/seed-themes.js';
import { themeCounts } from '../../../src/domain/themes/theme-counts.js';
import { themedRecords } from '../../../src/domain/themes/themed-records.js';
import { aCaseFinding, aChallengeDay, aFocusGroupFeedback, anObservedVisit } from '../../support/fixtures.js';

const day = calendarDateFromIso;
const themes = seededThemes(new Date('2026-01-01T00:00:00Z'));
const CHRONOLOGY = 'theme-chronology';
const SUPERVISION = 'theme-supervision';
const VOICE = 'theme-voice-of-the-child';

// Three Challenge Days in Erewash, one a month; the auditors and managers who wrote are named in the county.
const september = aChallengeDay({ _id: 'day-sep', districtId: 'erewash', date: day('2026-09-03') });
const october = aChallengeDay({ _id: 'day-oct', districtId: 'erewash', date: day('2026-10-01') });
const november = aChallengeDay({ _id: 'day-nov', districtId: 'erewash', date: day('2026-11-05') });
const people = ['Helen Ward', 'Dan Reeves', 'Bill Okafor'];

const finding = (id: string, dayId: string, learningThemeIds: string[], areasForImprovement?: string) =>
  aCaseFinding({
    _id: id,
    submissionId: `submission-${id}`,
    challengeDayId: dayId,
    districtId: 'erewash',
    auditorId: 'person-dan',
    learningThemeIds,
    ...(areasForImprovement ? { areasForImprovement } : {}),
  });

const captured = {
  days: [september, october, november],
  findings: [
    finding('f1', 'day-sep', [CHRONOLOGY], 'The chronology had not been updated since the strategy meeting.'),
    finding(
      'f2',
      'day-oct',
      [CHRONOLOGY, SUPERVISION],
      'Dan Reeves said the chronology was missing. Supervision was irregular.',
    ),
    finding('f3', 'day-nov', [CHRONOLOGY], 'No chronology on file for CR-104233.'),
    finding('f4', 'day-nov', [CHRONOLOGY, VOICE], 'Jamie was not seen alone. The chronology stops in June.'),
    finding('f5', 'day-nov', []),
  ],
  focusGroups: [
    aFocusGroupFeedback({
      _id: 'fg1',
      submissionId: 'submission-fg1',
      challengeDayId: 'day-sep',
      facilitatorId: 'person-bill',
      worries: 'Staff said supervision is often cancelled at short notice.',
      learningThemeIds: [SUPERVISION],
    }),
  ],
  visits: [
    anObservedVisit({
      _id: 'v1',
      submissionId: 'submission-v1',
      challengeDayId: 'day-nov',
      seniorManagerId: 'person-bill',
      observed: 'Helen spoke with the child about their wishes and feelings.',
      learningThemeIds: [VOICE],
    }),
  ],
};
const period = { from: day('2026-01-01'), until: day('2027-01-01') };
const counts = themeCounts(themedRecords(captured), period, { themes, namesToAvoid: nameWords(people) });
const of = (themeId: string) => counts.find((count) => count.themeId === themeId);

describe('learning themes across three Challenge Days', () => {
  it('counts each theme once per record that carries it, most frequent first', () => {
    expect(counts.map((count) => [count.themeId, count.count])).toEqual([
      [CHRONOLOGY, 4],
      [SUPERVISION, 2],
      [VOICE, 2],
    ]);
  });

  it('shows the trend day by day and month by month, zeros included', () => {
    expect(of(CHRONOLOGY)?.byDay.map((entry) => [entry.challengeDayId, entry.count])).toEqual([
      ['day-sep', 1],
      ['day-oct', 1],
      ['day-nov', 2],
    ]);
    expect(of(CHRONOLOGY)?.trend).toBe('rising');
    expect(of(SUPERVISION)?.byDay.map((entry) => entry.count)).toEqual([1, 1, 0]);
    expect(of(SUPERVISION)?.trend).toBe('falling');
    expect(of(CHRONOLOGY)?.byMonth).toHaveLength(12);
    expect(of(CHRONOLOGY)?.byMonth.filter((month) => month.count > 0)).toEqual([
      { month: '2026-09', count: 1 },
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 2 },
    ]);
  });

  it('quotes only sentences that say the theme and name nobody and no case, newest first, two at most', () => {
    expect(of(CHRONOLOGY)?.excerpts).toEqual([
      'The chronology stops in June.',
      'The chronology had not been updated since the strategy meeting.',
    ]);
    expect(of(SUPERVISION)?.excerpts).toEqual([
      'Supervision was irregular.',
      'Staff said supervision is often cancelled at short notice.',
    ]);
    // "Jamie was not seen alone." and "Helen spoke with the child …" name someone: no example is left.
    expect(of(VOICE)?.excerpts).toEqual([]);
  });

  it('never names a worker anywhere in what it gives back', () => {
    const everything = JSON.stringify(counts);
    for (const name of [
      'Dan',
      'Reeves',
      'Helen',
      'Ward',
      'Bill',
      'Okafor',
      'person-dan',
      'person-bill',
      'Jamie',
      'CR-104233',
    ]) {
      expect(everything).not.toContain(name);
    }
  });

  it('counts only the days inside the period', () => {
    const autumn = themeCounts(themedRecords(captured), { from: day('2026-10-01'), until: day('2026-11-01') });
    expect(autumn.map((count) => [count.themeId, count.count])).toEqual([
      [CHRONOLOGY, 1],
      [SUPERVISION, 1],
    ]);
    expect(autumn[0]?.byMonth).toEqual([{ month: '2026-10', count: 1 }]);
    expect(autumn[0]?.trend).toBe('once');
  });
});
