import { describe, expect, it } from 'vitest';
import { reportPdf, reportPdfFileName } from '../../src/export-files/report-pdf.js';
import { winAnsiText } from '../../src/export-files/win-ansi-text.js';
import type { ReportView } from '../../src/interactions/present/report-view.js';
import { readPdf } from '../support/read-pdf.js';

const noGrades = { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 };

const view = (over: Partial<ReportView> = {}): ReportView => ({
  title: 'Challenge Day report — High Peak and High Peak MAT, Thu 15 Oct 2026',
  districtName: 'High Peak',
  dayIso: '2026-10-15',
  status: 'approved',
  draftedByName: 'Priya Patel',
  verification: { byName: 'Martin Cole', atLabel: 'Thu 15 Oct 2026 at 16:30' },
  summary: 'Practice is mostly good.',
  looked: { cases: 4, observedVisits: 1, focusGroups: 1, safeguardingConcerns: 0, gradesMoved: 0 },
  grades: [
    { label: 'Overall', counts: { outstanding: 1, good: 2, requires_improvement: 1, inadequate: 0 } },
    { label: 'Voice of the child', counts: { ...noGrades, good: 1, inadequate: 3 } },
  ],
  caseSections: { shown: true, strengths: [], areasForImprovement: [] },
  themes: [],
  learningThemes: ['Chronology: 2 (1 case finding, 1 visit)'],
  visitLearning: [],
  attendance: null,
  actions: [],
  returns: [],
  sites: [],
  ...over,
});

describe('the text a report PDF can draw with the standard fonts', () => {
  it.each([
    [
      'Keeps £, é, ü, “quotes”, ‘single’, – and — as they are',
      'Keeps £, é, ü, “quotes”, ‘single’, – and — as they are',
    ],
    ['Zoë Łukasz Ślusarczyk Dvořák', 'Zoë Lukasz Slusarczyk Dvorák'],
    ['Đorđe wrote e\u0301 combined', 'Dorde wrote é combined'],
    ['Nice work 👍 and 日本', 'Nice work ? and ??'],
    ['tab\there\r\nnew line', 'tab here\nnew line'],
    ['a control \u0085 character', 'a control ? character'],
  ])('%j is drawn as %j', (text, drawn) => {
    expect(winAnsiText(text)).toBe(drawn);
  });
});

describe('a report PDF', () => {
  it('names people and free text with letters beyond the standard fonts readably, never as missing glyphs', async () => {
    const pdf = await readPdf(
      await reportPdf(
        view({
          draftedByName: 'Łucja Wróbel',
          actions: [
            {
              what: 'Agree the child’s plan – with the school – by half term (£50 budget)',
              ownerName: 'Zoë Dvořák',
              dueLabel: 'Fri 30 Oct 2026',
              priorityLabel: 'High',
              from: 'Case finding CR-104233',
            },
          ],
        }),
        new Date('2026-10-16T09:00:00Z'),
      ),
    );
    expect(pdf.text).toContain('Drafted by Lucja Wróbel; verified by Martin Cole on Thu 15 Oct 2026 at 16:30.');
    expect(pdf.text).toContain('Agree the child’s plan – with the school – by half term (£50 budget)');
    expect(pdf.text).toContain('Zoë Dvorák');
    expect(pdf.title).toBe('Challenge Day report — High Peak and High Peak MAT, Thu 15 Oct 2026');
  });

  it('draws each row of grades as bars to one scale, a part per grade in its own colour', async () => {
    const pdf = await readPdf(await reportPdf(view(), new Date('2026-10-16T09:00:00Z')));
    const bars = pdf.filledShapes.filter((shape) => shape.height === 16);
    const widthsOf = (colour: string) => bars.filter((bar) => bar.colour === colour).map((bar) => bar.width);
    const [outstanding = 0] = widthsOf('#1b6b3a');
    expect(outstanding).toBeGreaterThan(50);
    /** Each part of a colour as so many cases' width, to the nearest hundredth. */
    const casesOf = (colour: string) => widthsOf(colour).map((width) => Math.round((width / outstanding) * 100) / 100);
    // Overall: 1 outstanding, 2 good, 1 requires improvement; voice of the child: 1 good, 3 inadequate.
    expect(casesOf('#4f9a5b')).toEqual([2, 1]);
    expect(casesOf('#c47a12')).toEqual([1]);
    expect(casesOf('#b3261e')).toEqual([3]);
  });

  it('says a report not yet verified is not verified, and whether it is a draft or with the senior managers', async () => {
    const madeAt = new Date('2026-10-16T09:00:00Z');
    const draft = await readPdf(await reportPdf(view({ status: 'draft', verification: null }), madeAt));
    const submitted = await readPdf(await reportPdf(view({ status: 'submitted', verification: null }), madeAt));

    expect(draft.text).toContain('Status: draft. Drafted by Priya Patel.');
    expect(draft.text).toContain('Verification Not verified yet: the report is a draft.');
    expect(submitted.text).toContain(
      'Verification Not verified yet: the report is with the senior managers for verification.',
    );
    expect(submitted.text).not.toContain('Martin Cole');
  });

  it('lists the day’s learning themes by count and where they were recorded', async () => {
    const pdf = await readPdf(await reportPdf(view(), new Date('2026-10-16T09:00:00Z')));

    expect(pdf.text).toContain('Learning themes Chronology: 2 (1 case finding, 1 visit)');
  });

  it('runs onto as many pages as its actions need, with every action in full and each page numbered of the whole', async () => {
    const actions = Array.from({ length: 120 }, (_, index) => ({
      what: `Action ${index + 1}: review the plan with the family and record what the child says about it`,
      ownerName: 'Mia Clarke',
      dueLabel: 'Fri 30 Oct 2026',
      priorityLabel: 'Medium',
      from: `Case finding CR-${100000 + index}`,
    }));
    const pdf = await readPdf(await reportPdf(view({ actions }), new Date('2026-10-16T09:00:00Z')));
    expect(pdf.pageCount).toBeGreaterThan(3);
    for (let page = 1; page <= pdf.pageCount; page += 1)
      expect(pdf.text).toContain(`Page ${page} of ${pdf.pageCount} · Challenge Day report — High Peak`);
    for (const action of actions) expect(pdf.text).toContain(`${action.what} ${action.ownerName}`);
    expect(pdf.text).toContain('Verified by Martin Cole on Thu 15 Oct 2026 at 16:30.');
  });
});

describe('the name a report PDF is saved under', () => {
  it.each([
    ['High Peak', 'challenge-day-report-high-peak-2026-10-15.pdf'],
    ['Ynys Môn', 'challenge-day-report-ynys-mon-2026-10-15.pdf'],
    ['North East Derbyshire / "Dronfield"', 'challenge-day-report-north-east-derbyshire-dronfield-2026-10-15.pdf'],
    ['日本', 'challenge-day-report-district-2026-10-15.pdf'],
  ])('for %j is %j', (districtName, name) => {
    expect(reportPdfFileName({ districtName, dayIso: '2026-10-15' })).toBe(name);
  });
});
