import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Programme } from '../../src/domain/programme/programme.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { FakeSlackWebApi } from '../fakes/slack-web-api.js';
import { aChallengeDay, aDistrict, aPerson, aSlackDirectMessage } from '../support/fixtures.js';
import { SLACK_ENV } from '../support/scene.js';
import { startTestBot, type RunningTestBot } from '../support/test-bot.js';
import { useTestDatabase } from '../support/test-database.js';

/*
 * The 2027 programme reminds the QA managers four weeks before each proposed day, at 09:00 London time: Erewash
 * every four weeks on Wednesdays from 21 April (reminders on 24 March, in GMT, and 21 April, in BST), High Peak
 * on Wednesday 24 November (reminded on 27 October, before the clocks go back) and Bolsover on Wednesday
 * 1 December (reminded on 3 November, after). Each reminder goes once to each QA manager, across restarts.
 */

const database = useTestDatabase();
const slack = new FakeSlackWebApi();
let running: RunningTestBot | undefined;

/** "D-PRIYA Plan the Erewash Challenge Day of Wed 21 Apr 2027", each reminder as it reached a QA manager. */
const reminders = () =>
  slack
    .callsOf('chat.postMessage')
    .filter((call) => String(call.args.channel).startsWith('D-'))
    .map((call) => `${String(call.args.channel)} ${String(call.args.text)}`)
    // The two QA managers' copies of one reminder go in either order.
    .sort(byDayThenChat);

/** Reminders in the order their days come, each day's copies by chat. */
function byDayThenChat(a: string, b: string): number {
  const day = (line: string) => Date.parse(line.replace(/^.* of \w+ /, ''));
  return day(a) - day(b) || a.localeCompare(b);
}

async function startAt(instant: string) {
  await running?.close();
  running = await startTestBot(database, SLACK_ENV(slack), new Date(instant));
}

async function tickAt(instant: string) {
  if (!running) throw new Error('the bot is not running');
  running.clock.now = new Date(instant);
  await running.bot.tick();
  await running.bot.outbox.idle();
}

const programme: Programme = {
  _id: 'programme-2027',
  year: 2027,
  rota: [
    { districtId: 'erewash', everyWeeks: 4, weekday: 3, firstDate: calendarDateFromIso('2027-04-21') },
    { districtId: 'high-peak', everyWeeks: 52, weekday: 3, firstDate: calendarDateFromIso('2027-11-24') },
    { districtId: 'bolsover', everyWeeks: 52, weekday: 3, firstDate: calendarDateFromIso('2027-12-01') },
  ],
  blackouts: [],
  reminderWeeks: 4,
  changes: [],
  createdAt: new Date('2027-01-05T10:00:00Z'),
  version: 0,
  history: [
    {
      commandId: 'set-programme-2027',
      transition: 'set_programme',
      actorId: 'person-priya',
      at: new Date('2027-01-05T10:00:00Z'),
      from: 'none',
      to: '3 districts',
    },
  ],
};

beforeAll(async () => {
  await slack.start();
  const { stores } = database;
  for (const [id, name] of [
    ['erewash', 'Erewash'],
    ['high-peak', 'High Peak'],
    ['bolsover', 'Bolsover'],
  ] as const) {
    await stores.districts.save(aDistrict({ _id: id, name, matLocality: `${name} MAT`, aliases: [] }));
  }
  for (const [personId, displayName, dm] of [
    ['person-priya', 'Priya Patel', 'D-PRIYA'],
    ['person-quinn', 'Quinn Hale', 'D-QUINN'],
  ] as const) {
    await stores.people.save(aPerson({ _id: personId, displayName, roles: ['qa_manager'], districtIds: [] }));
    await stores.conversationLinks.remember(aSlackDirectMessage(personId, dm));
  }
  await stores.programmes.create(programme);
});

afterAll(async () => {
  await running?.close();
  await slack.stop();
});

describe('reminders to plan the days of the 2027 programme', () => {
  it('each QA manager is reminded on Wednesday 24 March at 09:00 GMT, four weeks before Erewash’s day', async () => {
    await startAt('2027-03-24T08:55:00Z');
    await tickAt('2027-03-24T08:59:00Z');
    expect(reminders()).toEqual([]);

    await tickAt('2027-03-24T09:00:30Z');
    expect(reminders()).toEqual([
      'D-PRIYA Plan the Erewash Challenge Day of Wed 21 Apr 2027',
      'D-QUINN Plan the Erewash Challenge Day of Wed 21 Apr 2027',
    ]);
  });

  it('a restart the same morning sends nothing again', async () => {
    await startAt('2027-03-24T09:30:00Z');
    await tickAt('2027-03-24T09:31:00Z');
    await tickAt('2027-03-25T09:01:00Z');
    expect(reminders()).toHaveLength(2);
  });

  it('after the clocks go forward, the next reminder goes at 09:00 BST, which is 08:00 UTC', async () => {
    await tickAt('2027-04-21T07:59:00Z');
    expect(reminders()).toHaveLength(2);
    await tickAt('2027-04-21T08:00:30Z');
    expect(reminders().slice(2)).toEqual([
      'D-PRIYA Plan the Erewash Challenge Day of Wed 19 May 2027',
      'D-QUINN Plan the Erewash Challenge Day of Wed 19 May 2027',
    ]);
  });

  it('a reminder that fell due while the bot was down goes once when it starts again', async () => {
    await running?.close();
    running = undefined;
    // Down from Tuesday 18 May to Friday 21 May: Wednesday's reminder for 16 June goes late, once.
    await startAt('2027-05-21T11:00:00Z');
    await tickAt('2027-05-21T11:00:30Z');
    await startAt('2027-05-21T11:05:00Z');
    await tickAt('2027-05-21T11:05:30Z');
    expect(reminders().slice(4)).toEqual([
      'D-PRIYA Plan the Erewash Challenge Day of Wed 16 Jun 2027',
      'D-QUINN Plan the Erewash Challenge Day of Wed 16 Jun 2027',
    ]);
  });

  it('a day planned for real before its reminder is not reminded of', async () => {
    const { stores } = database;
    await stores.challengeDays.create(
      aChallengeDay({
        _id: 'day-erewash-july',
        districtId: 'erewash',
        date: calendarDateFromIso('2027-07-14'),
        startsAt: new Date('2027-07-14T08:30:00Z'),
      }),
    );
    await tickAt('2027-06-16T08:00:30Z');
    expect(reminders()).toHaveLength(6);
  });

  it('around the clocks going back, reminders keep to 09:00 London: 08:00 UTC on 27 October, 09:00 UTC on 3 November', async () => {
    const highPeak = (list: string[]) => list.filter((line) => !line.includes('Erewash'));
    await tickAt('2027-10-27T07:59:00Z');
    expect(highPeak(reminders())).toEqual([]);
    await tickAt('2027-10-27T08:00:30Z');
    expect(highPeak(reminders())).toEqual([
      'D-PRIYA Plan the High Peak Challenge Day of Wed 24 Nov 2027',
      'D-QUINN Plan the High Peak Challenge Day of Wed 24 Nov 2027',
    ]);
    await tickAt('2027-11-03T08:59:00Z');
    expect(highPeak(reminders())).toHaveLength(2);
    await tickAt('2027-11-03T09:00:30Z');
    expect(highPeak(reminders()).slice(2)).toEqual([
      'D-PRIYA Plan the Bolsover Challenge Day of Wed 1 Dec 2027',
      'D-QUINN Plan the Bolsover Challenge Day of Wed 1 Dec 2027',
    ]);
  });

  it('the reminder carries one button, “Plan it”, for the day it names', () => {
    const call = slack.callsOf('chat.postMessage').find((posted) => String(posted.args.text).includes('Bolsover'));
    const blocks = JSON.stringify(call?.args);
    expect(blocks).toContain('Plan it');
    expect(blocks).toContain('programme.planDay');
    expect(blocks).toContain('2027-12-01');
  });
});
