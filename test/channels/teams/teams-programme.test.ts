import { describe, expect, it } from 'vitest';
import { driver } from '../../../src/store/driver-collection.js';
import { aChallengeDay, aDistrict } from '../../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, factsOf, registered, textsOf, type TeamsUser } from '../../support/teams-activities.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';

/*
 * A QA manager sets the 2027 programme of Challenge Days for the county's eight districts in Teams, sees the
 * year as a card and as a calendar picture, moves a day, and asks which districts are overdue. Everyone else
 * may look at the year, and is refused the rest with who can help.
 */
const priya = teamsUser('priya', 'Priya Patel');
const jo = teamsUser('jo', 'Jo Bennett');
const dom = teamsUser('dom', 'Dom Price');

const DISTRICTS = [
  ['amber-valley', 'Amber Valley'],
  ['bolsover', 'Bolsover'],
  ['chesterfield', 'Chesterfield'],
  ['derbyshire-dales', 'Derbyshire Dales'],
  ['erewash', 'Erewash'],
  ['high-peak', 'High Peak'],
  ['north-east-derbyshire', 'North East Derbyshire'],
  ['south-derbyshire', 'South Derbyshire'],
] as const;

const teams = teamsScene({
  now: new Date('2026-12-01T10:00:00Z'),
  districts: DISTRICTS.map(([id, name]) => aDistrict({ _id: id, name, matLocality: `${name} MAT`, aliases: [] })),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'], districtIds: ['erewash'] }),
    registered(dom, { _id: 'person-dom', roles: ['district_manager'], districtIds: ['erewash'] }),
  ],
});
const { database } = teams;

const ROTA = [
  'Amber Valley, every 4 weeks, Monday, from 2027-01-04',
  'Bolsover, every 6 weeks, Tuesday, from 2027-01-05',
  'Chesterfield, every 8 weeks, Wednesday, from 2027-01-06',
  'Derbyshire Dales, every 8 weeks, Thursday, from 2027-01-07',
  'Erewash, every 8 weeks, Wednesday, from 2027-01-13',
  'High Peak, 6, Fri, 2027-01-08',
  'North East Derbyshire, every 10 weeks, Monday, from 2027-02-01',
  'south derbyshire, every 12 weeks, Tuesday, from 2027-03-02',
].join('\n');
const BLACKOUTS = '2027-07-23 to 2027-09-01, 2027-10-25 to 2027-10-29';

let cards = 0;
async function press(who: TeamsUser, verb: string, data: Record<string, unknown>) {
  cards += 1;
  const answered = await teams.press(who, personalChat(who), `programme-card-${cards}`, verb, data);
  expect(answered.status).toBe(200);
  return answered.body.value as Record<string, unknown>;
}
async function say(who: TeamsUser, text: string) {
  const answered = await teams.say(who, personalChat(who), text);
  expect(answered.status).toBe(200);
  return cardIn(teams.lastIn(personalChat(who))?.activity);
}
const text = (card: unknown) => [...textsOf(card), ...factsOf(card)].join(' ');
const programmeTrail = async () =>
  (await database.stores.auditEvents.trailFor('programme', 'programme-2027')).map((event) => event.transition);
const stored = () => database.stores.programmes.forYear(2027);

/** The calendar picture's link on a programme card. */
function pictureLink(card: unknown): string {
  const found = /"url":"([^"]*\/charts\/programme-2027\.png[^"]*)"/.exec(JSON.stringify(card))?.[1];
  if (!found) throw new Error('no picture link on the card');
  const { pathname, search } = new URL(found.replace(/\\u0026/g, '&'));
  return `${teams.running.baseUrl}${pathname}${search}`;
}

describe('Teams: the programme of Challenge Days for 2027', () => {
  it('“programme for 2027” opens the rota form with a line for each district to change', async () => {
    const form = await say(priya, 'programme for 2027');

    expect(text(form)).toContain('Challenge Day programme for 2027');
    expect(JSON.stringify(form)).toContain('Erewash, every 8 weeks, Wednesday, from 2027-01-04');
    expect(JSON.stringify(form)).toContain('"verb":"programme.set"');
  });

  it('a district nobody has, an interval of 0 or a blackout in the wrong format is refused beside its input, and nothing is stored', async () => {
    const before = await database.stores.auditEvents.collection[driver].countDocuments();

    const unknown = await press(priya, 'programme.set', {
      year: '2027',
      rota: `${ROTA}\nErewsh, every 8 weeks, Wednesday, from 2027-01-13`,
      blackouts: BLACKOUTS,
      reminderWeeks: '4',
    });
    const noInterval = await press(priya, 'programme.set', {
      year: '2027',
      rota: 'Erewash, every 0 weeks, Wednesday, from 2027-01-13',
      blackouts: '',
      reminderWeeks: '4',
    });
    const badBlackout = await press(priya, 'programme.set', {
      year: '2027',
      rota: ROTA,
      blackouts: '23/07/2027 - 01/09/2027',
      reminderWeeks: '4',
    });

    expect(text(unknown)).toContain('Line 9: there is no district called “Erewsh”.');
    expect(text(noInterval)).toContain(
      'Line 1 (“Erewash, every 0 weeks, Wednesday, from 2027-01-13”): write how many weeks apart its days are as a whole number from 1 to 52',
    );
    expect(text(badBlackout)).toContain(
      '“23/07/2027 - 01/09/2027” is not a blackout date: write each as YYYY-MM-DD, or a range as “2027-07-23 to 2027-09-01”.',
    );
    // The form comes back with what was written, to correct.
    expect(JSON.stringify(badBlackout)).toContain('23/07/2027 - 01/09/2027');
    expect(await stored()).toBeNull();
    expect(await database.stores.auditEvents.collection[driver].countDocuments()).toBe(before);
  });

  it('saving the rota stores the programme once, audited, and says how many days each district has', async () => {
    const submission = { year: '2027', rota: ROTA, blackouts: BLACKOUTS, reminderWeeks: '4' };
    const receipt = await press(priya, 'programme.set', submission);
    await teams.press(priya, personalChat(priya), `programme-card-${cards}`, 'programme.set', submission);

    expect(text(receipt)).toContain('Challenge Day programme for 2027 saved');
    expect(text(receipt)).toContain('Erewash');
    expect(text(receipt)).toContain('the first on Wed 13 Jan 2027');
    expect(text(receipt)).toContain('4 weeks before each day, at 09:00');
    const programme = await stored();
    expect(programme?.rota).toHaveLength(8);
    expect(programme?.blackouts).toHaveLength(2);
    expect(await programmeTrail()).toEqual(['set_programme']);
  });

  it('“programme 2027” shows the year month by month, with a link to it as a calendar picture', async () => {
    const card = await say(jo, 'programme 2027');

    expect(text(card)).toContain('Challenge Day programme 2027');
    expect(text(card)).toContain('January');
    expect(text(card)).toContain('Wed 13 Jan');
    // Easter Monday is a bank holiday: Amber Valley's day moves to the Tuesday.
    expect(text(card)).toContain('Tue 30 Mar');
    // Someone who cannot change the programme is not told how to.
    expect(text(card)).not.toContain('To move a day');
    const picture = await fetch(pictureLink(card));
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await picture.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
  });

  it('the picture’s link refuses a changed year, a changed signature or a changed expiry', async () => {
    const url = new URL(pictureLink(await say(priya, 'show the programme for 2027')));
    const changes: [string, string][] = [
      ['year', '2028'],
      ['signature', '0'.repeat(64)],
      ['expires', String(Number(url.searchParams.get('expires')) + 60)],
    ];
    for (const [part, value] of changes) {
      const changed = new URL(url);
      changed.searchParams.set(part, value);
      const refused = await fetch(changed);
      expect(refused.status, part).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^text\/plain/);
    }
  });

  it('moving a day re-proposes the district’s later days from it, and is audited', async () => {
    const receipt = await say(priya, 'move the Erewash Challenge Day of 10 March 2027 to 17 March 2027');

    expect(text(receipt)).toContain('Erewash’s Challenge Day of Wed 10 Mar 2027 moved to Wed 17 Mar 2027');
    expect(text(receipt)).toContain('Wed 17 Mar 2027, Wed 12 May 2027, Wed 7 Jul 2027');
    expect(await programmeTrail()).toEqual(['set_programme', 'move_day']);
    expect(text(await say(priya, 'programme 2027'))).toContain('Wed 17 Mar (moved)');
  });

  it('moving a day to a bank holiday is refused with why, and nothing changes', async () => {
    const answer = await say(priya, 'move the Erewash Challenge Day of 12 May 2027 to 31 May 2027');

    expect(text(answer)).toContain('Mon 31 May 2027 is a bank holiday: choose a working day.');
    expect(await programmeTrail()).toEqual(['set_programme', 'move_day']);
  });

  it('skipping a day shows it skipped in the year, and the days after it keep their dates', async () => {
    const receipt = await say(priya, 'skip the Erewash Challenge Day of 12 May 2027');

    expect(text(receipt)).toContain('Erewash’s Challenge Day of Wed 12 May 2027 skipped');
    expect(text(receipt)).toContain('Wed 7 Jul 2027');
    expect(text(await say(priya, 'programme 2027'))).toContain('Wed 12 May (skipped)');
    expect(await programmeTrail()).toEqual(['set_programme', 'move_day', 'skip_day']);
  });

  it('anyone but a QA manager is refused the rota, a move and a skip, told who can help, and nothing changes', async () => {
    for (const message of [
      'programme for 2027',
      'move the Erewash Challenge Day of 12 May 2027 to 19 May 2027',
      'skip the Erewash Challenge Day of 12 May 2027',
    ]) {
      const answer = text(await say(dom, message));
      expect(answer, message).toContain(
        'Only a QA manager can set the programme of Challenge Days or move a day in it.',
      );
      expect(answer, message).toContain('Priya Patel');
    }
    const refused = await press(jo, 'programme.set', { year: '2027', rota: ROTA, blackouts: '', reminderWeeks: '2' });
    expect(text(refused)).toContain('Only a QA manager can set the programme');
    expect(await programmeTrail()).toEqual(['set_programme', 'move_day', 'skip_day']);
  });

  it('“which districts are overdue for a Challenge Day?” names those whose proposed day passed with none planned', async () => {
    // Erewash's January day was held; Chesterfield's was not planned at all.
    await database.stores.challengeDays.create(
      aChallengeDay({
        _id: 'day-erewash-january',
        districtId: 'erewash',
        date: calendarDateFromIso('2027-01-13'),
        startsAt: new Date('2027-01-13T09:30:00Z'),
      }),
    );
    teams.setNow('2027-01-20T10:00:00Z');

    const answer = text(await say(dom, 'which districts are overdue for a Challenge Day?'));

    expect(answer).toContain('overdue for a Challenge Day');
    expect(answer).toContain('Chesterfield');
    expect(answer).toContain('its proposed day, Wed 6 Jan 2027, passed without a Challenge Day planned');
    expect(answer).not.toContain('Erewash');
    expect(text(await say(dom, 'districts overdue a challenge day'))).toContain('Chesterfield');
    expect(text(await say(jo, 'which districts are overdue for a Challenge Day?'))).toContain(
      'Only QA managers, senior managers and district managers can ask which districts are overdue',
    );
  });

  it('“Plan it” on a reminder opens the plan form filled in with the district, the date and last time’s sites', async () => {
    const form = await press(priya, 'programme.planDay', { districtId: 'erewash', date: '2027-03-17' });

    expect(text(form)).toMatch(/Plan a Challenge Day/i);
    const json = JSON.stringify(form);
    expect(json).toContain('"value":"erewash"');
    expect(json).toContain('"value":"2027-03-17"');
    expect(json).toContain('"value":"09:30"');
  });
});
