import { describe, expect, it } from 'vitest';
import { reportPdf } from '../../../src/export-files/report-pdf.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { reportDraftCard } from '../../../src/interactions/present/report-cards.js';
import { reportHtml } from '../../../src/interactions/present/report-html.js';
import { reportView, type ReportView } from '../../../src/interactions/present/report-view.js';
import { textsOf } from '../../support/teams-activities.js';
import { aCaseFinding, aChallengeDay, aDistrict, anObservedVisit, aPerson, aReport } from '../../support/fixtures.js';
import { readPdf } from '../../support/read-pdf.js';
import { useTestDatabase } from '../../support/test-database.js';

/*
 * The report of a day audited on two sites: a District section and a MAT section, each with its audit team,
 * findings, grades and visits, after a combined summary; a day on one site reads as it always has.
 */

const database = useTestDatabase();
const qaManager = aPerson({ _id: 'person-qa', displayName: 'Priya Patel', roles: ['qa_manager'] });
const dan = aPerson({ _id: 'person-dan', displayName: 'Dan Reeves', roles: ['auditor'] });
const ada = aPerson({ _id: 'person-ada', displayName: 'Ada Lowe', roles: ['auditor'] });

const twoSites = aChallengeDay({
  _id: 'day-two-sites',
  status: 'report_drafted',
  auditTeamIds: [dan._id],
  matAuditTeamIds: [ada._id],
});
const oneSite = aChallengeDay({ _id: 'day-one-site', status: 'report_drafted', auditTeamIds: [dan._id] });

const finding = (
  dayId: string,
  caseReference: string,
  site: 'district' | 'mat' | undefined,
  grade: 'good' | 'inadequate',
) =>
  aCaseFinding({
    _id: `finding-${dayId}-${caseReference}`,
    submissionId: `submission-${dayId}-${caseReference}`,
    challengeDayId: dayId,
    caseReference,
    auditorId: site === 'mat' ? ada._id : dan._id,
    overallGrade: grade,
    strengths: `Strength noted on ${caseReference}.`,
    ...(site ? { site } : {}),
  });
const visit = (dayId: string, workerReference: string, site: 'district' | 'mat', learning: string) =>
  anObservedVisit({
    _id: `visit-${dayId}-${workerReference}`,
    submissionId: `submission-${dayId}-${workerReference}`,
    challengeDayId: dayId,
    workerReference,
    site,
    learning,
  });

const reports = {
  twoSites: aReport({ _id: 'report-two-sites', challengeDayId: twoSites._id, draftedById: qaManager._id }),
  oneSite: aReport({ _id: 'report-one-site', challengeDayId: oneSite._id, draftedById: qaManager._id }),
};

async function seed() {
  await database.stores.districts.save(aDistrict());
  for (const person of [qaManager, dan, ada]) await database.stores.people.save(person);
  for (const day of [twoSites, oneSite]) await database.stores.challengeDays.create(day);
  for (const found of [
    finding(twoSites._id, 'CR-400001', 'district', 'good'),
    // Recorded before findings kept their site: the district's.
    finding(twoSites._id, 'CR-400002', undefined, 'good'),
    finding(twoSites._id, 'CR-400003', 'mat', 'inadequate'),
    finding(oneSite._id, 'CR-400009', 'district', 'good'),
  ])
    await database.stores.caseFindings.submit(found);
  for (const observed of [
    visit(twoSites._id, 'SW-0001', 'district', 'District duty desk learning.'),
    visit(twoSites._id, 'SW-0002', 'mat', 'MAT early help learning.'),
  ])
    await database.stores.observedVisits.submit(observed);
  for (const report of Object.values(reports)) await database.stores.reports.create(report);
}

async function viewOf(report: (typeof reports)[keyof typeof reports]): Promise<ReportView> {
  const view = await reportView(database.stores, report, { withCaseSections: true });
  if (!view) throw new Error('no view');
  return view;
}

describe('the report of a day audited on two sites', () => {
  it('has a combined summary, then a District and a MAT section with each site’s team, cases, grades and visits', async () => {
    await seed();
    const view = await viewOf(reports.twoSites);

    expect(view.looked.cases).toBe(3);
    expect(view.grades[0]?.counts).toMatchObject({ good: 2, inadequate: 1 });
    expect(view.sites.map((site) => site.heading)).toEqual(['District: Chesterfield', 'MAT: Chesterfield MAT']);
    const [district, mat] = view.sites;
    expect(district).toMatchObject({
      auditTeamNames: ['Dan Reeves'],
      looked: { cases: 2, observedVisits: 1, safeguardingConcerns: 0 },
      visitLearning: ['District duty desk learning.'],
    });
    expect(district?.grades[0]?.counts).toMatchObject({ good: 2, inadequate: 0 });
    expect(mat).toMatchObject({
      auditTeamNames: ['Ada Lowe'],
      looked: { cases: 1, observedVisits: 1 },
      visitLearning: ['MAT early help learning.'],
    });
    expect(mat?.grades[0]?.counts).toMatchObject({ good: 0, inadequate: 1 });
    expect(mat?.caseSections).toEqual({
      shown: true,
      strengths: [{ caseReference: 'CR-400003', text: 'Strength noted on CR-400003.' }],
      areasForImprovement: expect.any(Array),
    });
  });

  it('the page shows the combined summary and both sections, each case under its own site', async () => {
    const html = reportHtml(await viewOf(reports.twoSites), 'report.pdf');

    const combined = html.indexOf('Combined summary: district and MAT');
    const district = html.indexOf('<h2>District: Chesterfield</h2>');
    const mat = html.indexOf('<h2>MAT: Chesterfield MAT</h2>');
    expect(combined).toBeGreaterThan(0);
    expect(district).toBeGreaterThan(combined);
    expect(mat).toBeGreaterThan(district);
    expect(html.slice(district, mat)).toContain('Audit team: Dan Reeves');
    expect(html.slice(district, mat)).toContain('CR-400001');
    expect(html.slice(district, mat)).not.toContain('CR-400003');
    expect(html.slice(mat)).toContain('Audit team: Ada Lowe');
    expect(html.slice(mat)).toContain('CR-400003');
    expect(html.slice(mat)).toContain('MAT early help learning.');
    // Each case's notes are under its site only: not again in the combined part.
    expect(html.slice(0, district)).not.toContain('CR-400001');
    expect(html.slice(0, district)).not.toContain('CR-400003');
  });

  it('the PDF, read back, has the same combined summary and both sections in order', async () => {
    const pdf = await readPdf(await reportPdf(await viewOf(reports.twoSites), new Date('2026-12-04T10:00:00Z')));

    const combined = pdf.text.indexOf('Combined summary: district and MAT');
    const district = pdf.text.indexOf('District: Chesterfield Audit team: Dan Reeves');
    const mat = pdf.text.indexOf('MAT: Chesterfield MAT Audit team: Ada Lowe');
    expect(combined).toBeGreaterThan(0);
    expect(district).toBeGreaterThan(combined);
    expect(mat).toBeGreaterThan(district);
    expect(pdf.text.slice(district, mat)).toContain('2 cases audited');
    expect(pdf.text.slice(district, mat)).toContain('District duty desk learning.');
    expect(pdf.text.slice(mat)).toContain('1 cases audited');
    expect(pdf.text.slice(mat)).toContain('CR-400003');
  });

  it('the draft report card adds each site’s cases, team and overall grades to the day’s figures', async () => {
    const card = await reportDraftCard(database.stores, reports.twoSites, actorFor(qaManager));
    const shown = textsOf(card?.card).join('\n');
    expect(JSON.stringify(card?.card)).toContain('2 cases, 1 observed visits; audit team: Dan Reeves');
    expect(JSON.stringify(card?.card)).toContain('Overall, MAT: Chesterfield MAT');
    expect(shown).not.toContain('undefined');
  });
});

describe('the report of a day audited by one team', () => {
  it('reads as it always has: no combined summary and no empty MAT section, on the page or in the PDF', async () => {
    const view = await viewOf(reports.oneSite);
    expect(view.sites).toEqual([]);

    const html = reportHtml(view, 'report.pdf');
    const pdf = await readPdf(await reportPdf(view, new Date('2026-12-04T10:00:00Z')));
    for (const text of [html, pdf.text]) {
      expect(text).not.toContain('Combined summary');
      expect(text).not.toContain('MAT: Chesterfield MAT');
      expect(text).toContain('What observed visits showed');
      expect(text).toContain('CR-400009');
    }
    const card = await reportDraftCard(database.stores, reports.oneSite, actorFor(qaManager));
    expect(JSON.stringify(card?.card)).not.toContain('Overall, ');
  });
});
