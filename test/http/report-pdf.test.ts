import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-county.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { Browser } from '../support/browser.js';
import { readPdf } from '../support/read-pdf.js';
import { personalChat as chatOf, teamsScene } from '../support/scene.js';
import { registered, textsOf, type TeamsUser } from '../support/teams-activities.js';

const now = new Date('2026-11-26T10:00:00Z');
const REPORT_ID = 'report-demo-high-peak';

/** A person of the demo county, as Teams knows them. */
const demoUser = (name: string, email: string): TeamsUser => ({
  name,
  aadObjectId: DEMO_ACCOUNTS.find((account) => account.email === email)?.teamsAadObjectId ?? '',
});
const priya = demoUser('Priya Patel', 'priya@derbyshire.example');
const gareth = demoUser('Gareth Jones', 'gareth@derbyshire.example');
const mia = demoUser('Mia Clarke', 'mia@derbyshire.example');
/** Manages the High Peak assessment team: not a district manager, so not one who needs to know every case. */
const sam = { aadObjectId: 'aad-sam', name: 'Sam Hughes' };

const teams = teamsScene({
  now,
  districts: [],
  seed: async () => {
    const { stores } = teams.database;
    await seedDemo(stores, now);
    await stores.people.save(
      registered(sam, {
        _id: 'person-sam',
        roles: ['staff'],
        districtIds: ['high-peak'],
        teamName: 'High Peak Assessment',
      }),
    );
    // Mia's team is Sam's.
    const miaRecord = await stores.people.findById('person-mia');
    if (!miaRecord) throw new Error('the demo has no Mia');
    await stores.people.save({ ...miaRecord, managerId: 'person-sam' });
  },
});

/** Presses "Open the report" on the demo's verified report; the card's two links, and what it says. */
async function linksFor(who: TeamsUser): Promise<{ page?: string; pdf?: string; said: string }> {
  const answer = await teams.press(who, chatOf(who), 'report-card', 'report.openLink', { reportId: REPORT_ID });
  const body = JSON.stringify(answer.body);
  const page = /https?:\/\/[^"\s]+\/reports\/[^"\s]+\.html\?[^"\s]+/.exec(body)?.[0];
  const pdf = /https?:\/\/[^"\s]+\/reports\/[^"\s]+\.pdf\?[^"\s]+/.exec(body)?.[0];
  return { ...(page ? { page } : {}), ...(pdf ? { pdf } : {}), said: textsOf(answer.body).join(' ') };
}

const open = async (url: string, browser: Browser) => {
  const { pathname, search } = new URL(url);
  return browser.open(`${teams.running.baseUrl}${pathname}${search}`);
};

const trail = async () => teams.database.stores.auditEvents.trailFor('report', REPORT_ID);

const ACTIONS = [
  ['Record the child’s wishes and feelings at every statutory visit', 'Sat 21 Nov 2026', 'High', 'Open'],
  ['Audit supervision records for all child protection cases', 'Sun 6 Dec 2026', 'Medium', 'Acknowledged'],
  ['Share plans with schools within 10 working days', 'Sat 14 Nov 2026', 'High', 'In progress'],
  ['Refresh the neglect toolkit training for the assessment team', 'Wed 16 Dec 2026', 'Low', 'In progress'],
  ['Review caseload allocation on duty weeks', 'Tue 24 Nov 2026', 'Medium', 'Completed, awaiting verification'],
  ['Introduce a joint-visit diary with health visitors', 'Fri 6 Nov 2026', 'Low', 'Verified complete'],
] as const;
const STRENGTH = 'Consistent worker; good relationship with the family.';
const AREA = 'Record the child’s wishes and feelings at every visit.';

describe('the report as a PDF, from the same person-bound link as its page', () => {
  it('gives the QA manager the demo’s verified High Peak report as a PDF with every section, the grades as a table and a chart, every action and who verified it when', async () => {
    const links = await linksFor(priya);
    expect(links.said).toContain('This link is for you only and works until 11:00, and so is the PDF.');
    expect(links.pdf).toBeDefined();
    const file = await open(links.pdf ?? '', new Browser());

    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename=challenge-day-report-high-peak-2026-10-15.pdf',
    );
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('referrer-policy')).toBe('no-referrer');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pdf = await readPdf(file.bytes);
    expect(pdf.title).toBe('Challenge Day report — High Peak and High Peak MAT, Thu 15 Oct 2026');
    const sections = [
      'Challenge Day report — High Peak and High Peak MAT, Thu 15 Oct 2026',
      'Status: approved. Drafted by Priya Patel; verified by Martin Cole on Thu 15 Oct 2026 at 09:30.',
      'Summary Practice is mostly good; the voice of the child is not consistently recorded.',
      'What was looked at 4 cases audited 1 observed visits 1 focus groups 0 immediate safeguarding concerns',
      'Grades Outstanding Good Requires improvement to be good Inadequate',
      'Cases by grade',
      'Strengths Case Note',
      'Areas for improvement Case Note',
      'Themes from the focus groups',
      'Learning themes',
      'What observed visits showed Direct-work tools are used well when workers have time to prepare.',
      'Actions Action Owner Due Priority From Status',
      'Verification Verified by Martin Cole on Thu 15 Oct 2026 at 09:30.',
    ];
    for (const section of sections) expect(pdf.text).toContain(section);
    // Four cases: overall 1 outstanding, 2 good, 1 requires improvement; the voice of the child 2 good, 2 RI.
    expect(pdf.text).toContain('Overall 1 2 1 0');
    expect(pdf.text).toContain('Voice of the child 0 2 2 0');
    expect(pdf.text).toContain(`CR-104233 ${STRENGTH}`);
    expect(pdf.text).toContain(`CR-104871 ${AREA}`);
    for (const [what, due, priority, status] of ACTIONS)
      expect(pdf.text).toContain(
        `${what} Mia Clarke ${due} ${priority} From the High Peak Challenge Day report ${status}`,
      );
    // The chart's bars, one part per grade in its colour: green for good, amber for requires improvement.
    const bars = pdf.filledShapes.filter((shape) => shape.height === 16);
    expect(new Set(bars.map((bar) => bar.colour))).toEqual(new Set(['#1b6b3a', '#4f9a5b', '#c47a12']));

    const views = (await trail()).filter((event) => event.transition === 'view' && event.actorId === 'person-priya');
    expect(views).toEqual([expect.objectContaining({ note: 'report PDF with case sections' })]);
    // The PDF showed the notes of the day's cases, so it is in each case's trail too.
    expect((await teams.database.stores.auditEvents.aboutCase('CR-104871')).map((event) => event.note)).toContain(
      'report PDF with case sections',
    );
  });

  it('gives a team manager the PDF without the notes case by case, exactly as the page', async () => {
    const links = await linksFor(sam);
    expect(links.said).toContain('the notes case by case are shown only to those who need to know the cases');
    const browser = new Browser();
    const page = await open(links.page ?? '', browser);
    const file = await open(links.pdf ?? '', browser);

    expect(page.status).toBe(200);
    expect(file.status).toBe(200);
    const pdf = await readPdf(file.bytes);
    for (const hidden of [STRENGTH, AREA]) {
      expect(page.body).not.toContain(hidden);
      expect(pdf.text).not.toContain(hidden);
    }
    const counts = 'Notes case by case: 4 on strengths, 2 on areas for improvement.';
    expect(page.body).toContain(counts);
    expect(pdf.text).toContain(counts);
    for (const [what] of ACTIONS) expect(pdf.text).toContain(what);
    expect((await trail()).filter((event) => event.actorId === 'person-sam').map((event) => event.note)).toEqual(
      expect.arrayContaining(['report page without case sections', 'report PDF without case sections']),
    );
  });

  it('offers the PDF on the page itself, opening in the browser that opened the page', async () => {
    const links = await linksFor(gareth);
    const browser = new Browser();
    const page = await open(links.page ?? '', browser);
    const href = /<a href="([^"]+\.pdf\?[^"]+)">Download this report as a PDF<\/a>/.exec(page.body)?.[1] ?? '';
    const pdfFromPage = new URL(href.replaceAll('&amp;', '&'), links.page).toString();

    expect(pdfFromPage).toBe(links.pdf);
    const file = await open(pdfFromPage, browser);
    expect(file.status).toBe(200);
    expect((await readPdf(file.bytes)).text).toContain(STRENGTH);
  });

  it('refuses the PDF to anyone but the person it was made for, and once it has expired: 403, nothing of the report, each refusal recorded', async () => {
    teams.setNow(new Date('2026-11-26T10:05:00Z')); // links of their own, not ones opened by an earlier test
    const { pdf = '' } = await linksFor(mia);
    teams.setNow(now);
    const asPriya = new URL(pdf);
    asPriya.searchParams.set('person', 'person-priya');
    const miasBrowser = new Browser();
    const refusals = [
      await open(asPriya.toString(), new Browser()),
      await open(pdf.replace('.pdf?', '.txt?'), new Browser()),
    ];
    expect((await open(pdf, miasBrowser)).status).toBe(200);
    refusals.push(await open(pdf, new Browser()));
    teams.setNow(new Date('2026-11-26T11:05:01Z'));
    refusals.push(await open(pdf, miasBrowser));
    teams.setNow(now);

    for (const refused of refusals) {
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(refused.headers.get('cache-control')).toBe('no-store');
      expect(refused.body).toContain('This link is not valid for you, or it has expired.');
      expect(refused.body).not.toContain('%PDF');
    }
    const notes = (await trail()).filter((event) => event.transition === 'link_refused').map((event) => event.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        'report link refused: bad_signature',
        'report link refused: opened already in another browser',
        'report link refused: expired',
      ]),
    );
  });
});
