import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-county.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { actorFor } from '../../src/domain/people/actor.js';
import { reportDraftCard } from '../../src/interactions/present/report-cards.js';
import { Browser } from '../support/browser.js';
import { readPdf } from '../support/read-pdf.js';
import { personalChat as chatOf, teamsScene } from '../support/scene.js';
import { factsOf, textsOf, type TeamsUser } from '../support/teams-activities.js';

/*
 * Who came, in the report: counted by role and by agency on the page, in the PDF and on the draft card, the
 * same for every reader, and never by name.
 */

const now = new Date('2026-11-26T10:00:00Z');
const REPORT_ID = 'report-demo-high-peak';
const DAY_ID = 'day-demo-high-peak';

const demoUser = (name: string, email: string): TeamsUser => ({
  name,
  aadObjectId: DEMO_ACCOUNTS.find((account) => account.email === email)?.teamsAadObjectId ?? '',
});
const priya = demoUser('Priya Patel', 'priya@derbyshire.example');
const mia = demoUser('Mia Clarke', 'mia@derbyshire.example');

const teams = teamsScene({
  now,
  districts: [],
  seed: async () => {
    const { stores } = teams.database;
    await seedDemo(stores, now);
    // Martin (senior manager), Gareth (district manager), Kate (police), Ruth (health) and Mia came; Dan did not.
    await stores.attendanceRegisters.create({
      _id: DAY_ID,
      challengeDayId: DAY_ID,
      districtId: 'high-peak',
      attendedIds: ['person-martin', 'person-gareth', 'person-kate', 'person-ruth', 'person-mia'],
      absentIds: ['person-dan'],
      unannouncedIds: [],
      recordedById: 'person-priya',
      recordedAt: now,
      version: 1,
      history: [
        {
          commandId: 'register-demo',
          transition: 'record',
          actorId: 'person-priya',
          at: now,
          from: 'none',
          to: 'recorded',
        },
      ],
    });
  },
});

async function linksFor(who: TeamsUser): Promise<{ page: string; pdf: string }> {
  const answer = await teams.press(who, chatOf(who), 'report-card', 'report.openLink', { reportId: REPORT_ID });
  const body = JSON.stringify(answer.body);
  const page = /https?:\/\/[^"\s]+\/reports\/[^"\s]+\.html\?[^"\s]+/.exec(body)?.[0] ?? '';
  const pdf = /https?:\/\/[^"\s]+\/reports\/[^"\s]+\.pdf\?[^"\s]+/.exec(body)?.[0] ?? '';
  return { page, pdf };
}

const open = async (url: string, browser: Browser) => {
  const { pathname, search } = new URL(url);
  return browser.open(`${teams.running.baseUrl}${pathname}${search}`);
};

const CAME = '5 came, 1 did not';
const BY_ROLE =
  'By role: Partner agency (police, health) 2, Senior manager 1, District manager 1, District or MAT staff 1';
const BY_AGENCY = 'By agency: County children’s services 3, Derbyshire Community Health 1, Derbyshire Constabulary 1';

describe('who came, in the report', () => {
  it('the page and the PDF list who came by role and by agency, in counts, for the QA manager', async () => {
    const links = await linksFor(priya);
    const browser = new Browser();
    const page = await open(links.page, browser);
    const file = await open(links.pdf, browser);

    expect(page.status).toBe(200);
    expect(page.body).toContain('<h2>Who came</h2>');
    for (const line of [CAME, BY_ROLE, BY_AGENCY]) expect(page.body).toContain(line);
    const pdf = await readPdf(file.bytes);
    expect(pdf.text).toContain('Who came');
    for (const line of [CAME, BY_ROLE, BY_AGENCY]) expect(pdf.text).toContain(line);
    for (const name of ['Kate Lomas', 'Ruth Evans', 'Gareth Jones', 'Dan Reeves']) {
      expect(page.body).not.toContain(name);
      expect(pdf.text).not.toContain(name);
    }
  });

  it('a reader who does not get the notes case by case gets the same counts', async () => {
    const links = await linksFor(mia);
    const pdf = await readPdf((await open(links.pdf, new Browser())).bytes);

    for (const line of [CAME, BY_ROLE, BY_AGENCY]) expect(pdf.text).toContain(line);
  });

  it('the report card counts who came by role and by agency', async () => {
    const { stores } = teams.database;
    const [report, qaManager] = await Promise.all([
      stores.reports.findById(REPORT_ID),
      stores.people.findById('person-priya'),
    ]);
    if (!report || !qaManager) throw new Error('the demo report or its QA manager is missing');

    const card = await reportDraftCard(stores, report, actorFor(qaManager));

    expect(factsOf(card?.card)).toEqual(expect.arrayContaining([`Who came: ${CAME}`, BY_ROLE, BY_AGENCY]));
    expect(textsOf(card?.card).join(' ')).not.toContain('Kate Lomas');
  });
});
