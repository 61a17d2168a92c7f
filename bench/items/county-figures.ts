import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { AUDIT_DOMAINS } from '../../src/domain/case-finding/audit-domains.js';
import type { CaseFinding } from '../../src/domain/case-finding/case-finding.js';
import { OFSTED_GRADES } from '../../src/domain/case-finding/grades.js';
import type { ChallengeDay } from '../../src/domain/challenge-day/challenge-day.js';
import { periodAround } from '../../src/domain/performance/figures-period.js';
import { seededGenerator } from '../../src/domain/sampling/seeded-random.js';
import { calendarDateFromIso, londonCalendarDate } from '../../src/domain/shared/london-time.js';
import { performanceFiguresXlsx } from '../../src/export-files/performance-figures-xlsx.js';
import { chartsFor, renderFigureChart } from '../../src/figures/figure-charts.js';
import { loadFigures } from '../../src/figures/load-figures.js';
import type { ActionsDatabase } from '../support/actions-database.js';
import { insertValid } from '../support/county.js';
import { percentile, roundTo } from '../support/percentiles.js';
import { progress } from '../support/progress.js';

/** Challenge Days through last year, and case findings on them: 2,000 in all. */
const DAYS = 40;
const FINDINGS_PER_DAY = 50;
/** Answers timed; each is the whole answer (read, worked out, charts drawn), the first (cold) one too. */
const SAMPLES = 5;
const DAY_MS = 86_400_000;
/** Themes of the vocabulary the bot seeds at its first start. */
const BENCH_THEMES = ['theme-chronology', 'theme-planning', 'theme-supervision', 'theme-recording', 'theme-timeliness'];

export interface CountyFiguresFigures {
  readonly actions: number;
  readonly findings: number;
  readonly samples: number;
  /** Reading the facts from the database and working out the figures. */
  readonly figuresP50Ms: number;
  /** The same, with the charts drawn as PNGs (what a figures answer costs before its card is sent). */
  readonly answerP50Ms: number;
  readonly answerMaxMs: number;
  /** Making the spreadsheet from the figures. */
  readonly xlsxMs: number;
  /** How many actions the year's figures counted as raised, so a run that read nothing shows. */
  readonly raised: number;
  /** How many learning themes the year's figures counted (the findings carry five). */
  readonly themes: number;
}

/**
 * Item 9: "county performance last year", over the actions stored now (100,000 across the eight districts) and
 * 2,000 case findings on 40 Challenge Days: the figures as the bot works them out for the card, with its charts.
 */
export async function measureCountyFigures(database: ActionsDatabase): Promise<CountyFiguresFigures> {
  const { stores, county, now } = database;
  progress(`county figures: storing ${DAYS * FINDINGS_PER_DAY} case findings on ${DAYS} Challenge Days`);
  await storeFindings(database);
  const token = {
    scope: { kind: 'county' as const },
    // Last year: a whole year, in which the stored actions were both given and due.
    period: periodAround('year', now, 1),
    districtIds: county.districtIds,
    asAt: Math.floor(now.getTime() / 1000),
  };
  progress(`county figures: answering over ${database.stored().toLocaleString('en-GB')} actions`);
  const figuresMs: number[] = [];
  const answerMs: number[] = [];
  let raised = 0;
  let themes = 0;
  let xlsxMs = 0;
  for (let sample = 0; sample < SAMPLES; sample++) {
    const started = performance.now();
    const figures = await loadFigures(stores, token);
    figuresMs.push(performance.now() - started);
    for (const chart of chartsFor(figures)) await renderFigureChart(figures, chart);
    answerMs.push(performance.now() - started);
    raised = figures.totals.raised;
    themes = figures.themes.length;
    if (sample === SAMPLES - 1) {
      const before = performance.now();
      await performanceFiguresXlsx(figures, 'County performance');
      xlsxMs = roundTo(performance.now() - before, 1);
    }
  }
  return {
    actions: database.stored(),
    findings: DAYS * FINDINGS_PER_DAY,
    samples: SAMPLES,
    figuresP50Ms: roundTo(percentile(figuresMs, 50), 1),
    answerP50Ms: roundTo(percentile(answerMs, 50), 1),
    answerMaxMs: roundTo(Math.max(...answerMs), 1),
    xlsxMs,
    raised,
    themes,
  };
}

async function storeFindings(database: ActionsDatabase): Promise<void> {
  const { stores, county, now } = database;
  const random = seededGenerator('bench-county-figures');
  const firstOfLastYear = calendarDateFromIso(`${londonCalendarDate(now).getUTCFullYear() - 1}-01-05`).getTime();
  const days: ChallengeDay[] = [];
  const findings: CaseFinding[] = [];
  for (let number = 0; number < DAYS; number++) {
    const districtId = county.districtIds[number % county.districtIds.length] ?? '';
    const date = new Date(firstOfLastYear + number * 9 * DAY_MS);
    const dayId = `day-figures-${number}`;
    days.push({
      ...county.challengeDay,
      _id: dayId,
      districtId,
      date,
      startsAt: new Date(date.getTime() + 9.5 * 3_600_000),
      status: 'closed',
    });
    for (let index = 0; index < FINDINGS_PER_DAY; index++) {
      const themeOf = () => BENCH_THEMES[uniformInt(random, 0, BENCH_THEMES.length - 1)] ?? 'theme-planning';
      const grade = () => OFSTED_GRADES[uniformInt(random, 0, OFSTED_GRADES.length - 1)] ?? 'good';
      const domains = Object.fromEntries(AUDIT_DOMAINS.map((domain) => [domain, { grade: grade() }]));
      findings.push({
        _id: `finding-figures-${number}-${index}`,
        submissionId: `submission-figures-${number}-${index}`,
        challengeDayId: dayId,
        districtId,
        caseReference: `CR-${200000 + number * FINDINGS_PER_DAY + index}`,
        auditorId: county.auditor._id,
        overallGrade: grade(),
        domains: domains as CaseFinding['domains'],
        safeguardingConcern: { raised: false },
        recommendations: [],
        // One or two of the seeded themes, so the figures count themes over the 2,000 findings too.
        learningThemeIds: [...new Set([themeOf(), themeOf()])],
        submittedAt: new Date(date.getTime() + 15 * 3_600_000),
      });
    }
  }
  await insertValid(stores.challengeDays.collection, days);
  await insertValid(stores.caseFindings.collection, findings);
  await stores.themes.seedDefaults(now);
}
