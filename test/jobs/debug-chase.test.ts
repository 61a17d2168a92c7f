import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { FakeBotConnector } from '../fakes/bot-connector.js';
import { FakeSlackWebApi } from '../fakes/slack-web-api.js';
import { aConversationLink, aDistrict, aPerson, anAction } from '../support/fixtures.js';
import { SIGNING_SECRET, TEAM_ID } from '../support/slack-requests.js';
import {
  cardAction,
  message,
  postActivity,
  registered,
  textsOf,
  type TeamsConversation,
  type TeamsUser,
} from '../support/teams-activities.js';
import { startTestBot, type RunningTestBot } from '../support/test-bot.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

/*
 * Two instances of the bot on one database, ticking over four simulated weeks across Christmas and New Year
 * 2026: every digest, reminder, escalation and the monthly summary reaches Teams and Slack exactly once, on
 * the working day it should.
 */

const database = useTestDatabase();
const connector = new FakeBotConnector();
let instances: RunningTestBot[] = [];
// Slack stamps messages on the simulated clock too, so that a post whose answer was lost is found in the
// channel's history by the time the bot looks for it (from when it was attempted), as it would be in Slack.
const slack = new FakeSlackWebApi({ clock: () => instances[0]?.clock.now.getTime() ?? Date.now() });

const tenantId = 'tenant-derbyshire';
const user = (key: string, name: string): TeamsUser => ({ aadObjectId: `aad-${key}`, name });
const priya = user('priya', 'Priya Patel'); // QA manager
const helen = user('helen', 'Helen Ward'); // Chesterfield's district manager
const jo = user('jo', 'Jo Bennett'); // owns Chesterfield's actions
const chatOf = (who: TeamsUser): TeamsConversation => ({
  id: `a:personal-${who.aadObjectId}`,
  type: 'personal',
  tenantId,
});
const channel = (id: string): TeamsConversation => ({ id, type: 'channel', tenantId });
const chesterfield = channel('19:chesterfield@thread.tacv2');
const chesterfieldMat = channel('19:chesterfield-mat@thread.tacv2');
const managers = channel('19:managers@thread.tacv2');

/** Every post the platforms received, with the simulated London time of the tick that sent it. */
const posts: { at: string; where: string; text: string }[] = [];
let seenTeams = 0;
let seenSlack = 0;

const setClocks = (instant: Date) => {
  for (const running of instances) running.clock.now = instant;
};

/** One tick on the instances given, at the same moment, then the posts it caused, noted with that moment. */
async function tickAt(instant: Date, which: readonly RunningTestBot[]) {
  setClocks(instant);
  await Promise.all(which.map((running) => running.bot.tick()));
  await Promise.all(instances.map((running) => running.bot.outbox.idle()));
  const at = DateTime.fromJSDate(instant, { zone: 'Europe/London' }).toFormat('ccc d LLL HH:mm');
  for (const call of connector.calls.slice(seenTeams)) {
    if (call.method === 'POST' && !call.activityId) {
      posts.push({ at, where: call.conversationId, text: String(call.activity.summary ?? '') });
    }
  }
  for (const call of slack.calls.slice(seenSlack)) {
    if (call.method === 'chat.postMessage')
      posts.push({ at, where: String(call.args.channel), text: String(call.args.text) });
  }
  seenTeams = connector.calls.length;
  seenSlack = slack.calls.length;
}

const say = (via: RunningTestBot, who: TeamsUser, where: TeamsConversation, text: string) =>
  postActivity(via.baseUrl, message(connector.serviceUrl, where, who, text));

const postsTo = (where: string) =>
  posts.filter((post) => post.where === where).map((post) => `${post.at} ${post.text}`);

beforeAll(async () => {
  await connector.start();
  await slack.start();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
    SLACK_API_URL: slack.apiUrl,
  };
  const start = new Date('2026-12-14T00:05:00Z');
  instances = [await startTestBot(database, env, start), await startTestBot(database, env, start)];
  const { stores } = database;
  await stores.districts.save(aDistrict());
  await stores.districts.save(
    aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Ilkeston and Long Eaton MAT', aliases: [] }),
  );
  for (const person of [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    aPerson({
      _id: 'person-ray',
      displayName: 'Ray Okafor',
      roles: ['staff'],
      districtIds: ['erewash'],
      managerId: 'person-sue',
      identities: { slackUserId: 'U-RAY' },
    }),
    aPerson({
      _id: 'person-sue',
      displayName: 'Sue Lind',
      roles: ['senior_manager'],
      districtIds: ['erewash'],
      identities: { slackUserId: 'U-SUE' },
    }),
    aPerson({
      _id: 'person-kim',
      displayName: 'Kim Hale',
      roles: ['district_manager'],
      districtIds: ['erewash'],
      identities: { slackUserId: 'U-KIM' },
    }),
  ]) {
    await stores.people.save(person);
  }
  // Erewash works in Slack: its channel and the people's direct messages with the bot.
  await stores.conversationLinks.remember(
    aConversationLink({
      platform: 'slack',
      conversationId: 'C-EREWASH',
      districtId: 'erewash',
      address: { channel: 'C-EREWASH' },
    }),
  );
  for (const [personId, dm] of [
    ['person-ray', 'D-RAY'],
    ['person-sue', 'D-SUE'],
    ['person-kim', 'D-KIM'],
  ] as const) {
    await stores.conversationLinks.remember(
      aConversationLink({
        platform: 'slack',
        kind: 'personal',
        conversationId: dm,
        personId,
        districtId: undefined,
        audience: undefined,
        address: { channel: dm },
      }),
    );
  }
  const given = new Date('2026-12-01T10:00:00Z');
  await stores.actions.create(
    anAction({
      _id: 'action-christmas-eve',
      ownerId: 'person-jo',
      dueDate: calendarDateFromIso('2026-12-24'),
      createdAt: given,
      what: 'Supervision notes record every child’s plan',
    }),
  );
  await stores.actions.create(
    anAction({
      _id: 'action-done-early',
      ownerId: 'person-jo',
      dueDate: calendarDateFromIso('2026-12-18'),
      createdAt: given,
      status: 'in_progress',
      acknowledgedAt: given,
      what: 'Step-down checklist agreed with the MAT',
    }),
  );
  await stores.actions.create(
    anAction({
      _id: 'action-erewash',
      districtId: 'erewash',
      ownerId: 'person-ray',
      dueDate: calendarDateFromIso('2026-12-30'),
      createdAt: given,
      what: 'Chronologies kept up to date',
    }),
  );
});

afterAll(async () => {
  for (const running of instances) await running.close();
  await connector.stop();
  await slack.stop();
});

describe('two instances of the bot chasing the action plan over Christmas and New Year', () => {
  it('send each digest, reminder, escalation and the monthly summary exactly once, on the right working day', async () => {
    const [a, b] = instances as [RunningTestBot, RunningTestBot];
    await tickAt(new Date('2026-12-14T00:05:00Z'), [a, b]);

    // The people open their chats with the bot; the QA manager links the channels, the managers' one too,
    // and moves Erewash's digest to Friday mornings — through either instance.
    for (const who of [priya, helen, jo]) await say(a, who, chatOf(who), 'hello');
    await say(a, priya, chesterfield, 'link this channel to Chesterfield');
    await say(b, priya, chesterfieldMat, 'link this channel to Chesterfield MAT');
    await say(b, priya, managers, 'link this channel to managers');
    expect(textsOf(connector.callsTo(managers.id).at(-1)?.activity).join(' ')).toContain(
      'This is now the managers’ channel',
    );
    setClocks(new Date('2026-12-14T00:10:00Z'));
    await say(b, priya, chatOf(priya), 'weekly digest for Erewash on Friday at 8:30');
    const moved = JSON.stringify(connector.callsTo(chatOf(priya).id).at(-1)?.activity);
    expect(moved).toContain('The weekly digest for Erewash now goes on Fridays at 08:30');
    expect(moved).toContain('Fri 18 Dec 2026 at 08:30');

    // Four weeks: ticks at 00:05, 08:35, 09:05 and 13:00 each day; the second instance is down over Christmas.
    for (
      let date = DateTime.fromISO('2026-12-14', { zone: 'Europe/London' });
      date <= DateTime.fromISO('2027-01-12', { zone: 'Europe/London' });
      date = date.plus({ days: 1 })
    ) {
      const bothUp = date.toISODate() !== '2026-12-25' && date.toISODate() !== '2026-12-26';
      for (const time of ['00:05', '08:35', '09:05', '13:00']) {
        const instant = DateTime.fromISO(`${date.toISODate()}T${time}`, { zone: 'Europe/London' }).toJSDate();
        await tickAt(instant, bothUp ? [a, b] : [a]);
        // Jo finishes one action on the morning its reminder is due, after it was planned and before it goes.
        if (date.toISODate() === '2026-12-15' && time === '08:35') {
          const completed = await postActivity(
            a.baseUrl,
            cardAction(connector.serviceUrl, chatOf(jo), jo, 'action-card', 'action.complete', {
              actionId: 'action-done-early',
              evidence: 'Checklist agreed at the MAT meeting.',
            }),
          );
          expect(completed.status).toBe(200);
          expect((await database.stores.actions.findById('action-done-early'))?.status).toBe('completed');
          // Helen is asked to verify it well before the next tick: let that message go before the clocks move
          // on half an hour (a lease taken at 08:35 must not look expired to the other instance mid-send).
          await Promise.all(instances.map((running) => running.bot.outbox.idle()));
        }
      }
    }

    {
      const counts = [chesterfield.id, chesterfieldMat.id, 'C-EREWASH'].map(
        (where) => posts.filter((post) => post.where === where).length,
      );
      if (counts.join(',') !== '5,5,4') {
        const entries = await database.stores.outbox.collection[driver]
          .find({ notificationKey: { $exists: true } })
          .toArray();
        const all = await database.stores.outbox.collection[driver].find({}).toArray();
        console.log('DEBUG COUNTS', counts.join(','));
        console.log(
          'DEBUG OUTBOX',
          JSON.stringify(
            all.filter((e) => JSON.stringify(e).includes('digest')),
            null,
            1,
          ),
        );
        const work = await database.stores.scheduledWork.collection[driver].find({}).toArray();
        console.log(
          'DEBUG WORK',
          JSON.stringify(
            work.filter((w) => JSON.stringify(w).includes('digest')),
            null,
            1,
          ),
        );
        console.log(
          'DEBUG POSTS',
          JSON.stringify(
            posts.filter((p) => p.text.includes('digest')),
            null,
            1,
          ),
        );
        console.log(
          'DEBUG SLACK',
          JSON.stringify(
            slack.calls.filter((c) => String(c.args.channel) === 'C-EREWASH'),
            null,
            1,
          ),
        );
        void entries;
      }
    }
    const digest = (district: string) => `Action plan digest for ${district}`;
    const chesterfieldDigests = [
      'Mon 14 Dec 09:05',
      'Mon 21 Dec 09:05',
      'Mon 28 Dec 09:05',
      'Mon 4 Jan 09:05',
      'Mon 11 Jan 09:05',
    ];
    for (const where of [chesterfield.id, chesterfieldMat.id]) {
      expect(posts.filter((post) => post.where === where).map((post) => post.at)).toEqual(chesterfieldDigests);
      expect(postsTo(where).every((post) => post.includes(digest('Chesterfield')))).toBe(true);
    }
    expect(postsTo('C-EREWASH')).toEqual([
      `Fri 18 Dec 08:35 ${digest('Erewash')}: 1 outstanding, 0 overdue`,
      `Fri 25 Dec 08:35 ${digest('Erewash')}: 1 outstanding, 0 overdue`,
      `Fri 1 Jan 08:35 ${digest('Erewash')}: 1 outstanding, 1 overdue`,
      `Fri 8 Jan 08:35 ${digest('Erewash')}: 1 outstanding, 1 overdue`,
    ]);

    // Jo: three working days before Christmas Eve, and on the first working day after Christmas; nothing about
    // the action finished early. Helen: asked to verify the action Jo finished early, then five working days
    // overdue, after New Year's Day.
    expect(postsTo(chatOf(jo).id)).toEqual([
      'Mon 21 Dec 09:05 Reminder: your action is due in 3 working days (Thu 24 Dec 2026): Supervision notes record every child’s plan',
      'Tue 29 Dec 09:05 Your action is overdue; it was due on Thu 24 Dec 2026: Supervision notes record every child’s plan',
    ]);
    expect(postsTo(chatOf(helen).id)).toEqual([
      'Tue 15 Dec 09:05 Jo Bennett has marked an action complete; check the evidence, then verify or reopen it: Step-down checklist agreed with the MAT',
      'Tue 5 Jan 09:05 Overdue by 5 working days: Jo Bennett’s action, due Thu 24 Dec 2026: Supervision notes record every child’s plan',
    ]);
    expect(postsTo(chatOf(priya).id)).toEqual([]);

    // Ray (Slack), whose record names Sue as his manager: she is told, not the district manager.
    expect(postsTo('D-RAY')).toEqual([
      'Wed 23 Dec 09:05 Reminder: your action is due in 3 working days (Wed 30 Dec 2026): Chronologies kept up to date',
      'Thu 31 Dec 09:05 Your action is overdue; it was due on Wed 30 Dec 2026: Chronologies kept up to date',
    ]);
    expect(postsTo('D-SUE')).toEqual([
      'Thu 7 Jan 09:05 Overdue by 5 working days: Ray Okafor’s action, due Wed 30 Dec 2026: Chronologies kept up to date',
    ]);
    expect(postsTo('D-KIM')).toEqual([]);

    // December's summary on the first working day of January, to the managers' channel only.
    expect(postsTo(managers.id)).toEqual(['Mon 4 Jan 09:05 Action plan performance for December 2026']);
    const summary = connector.callsTo(managers.id).find((call) => !call.activityId);
    expect(JSON.stringify(summary?.activity)).toContain('"type":"Chart.VerticalBar"');

    // Nothing else was posted anywhere, and nothing is left to send.
    expect(posts).toHaveLength(5 * 2 + 4 + 2 + 2 + 2 + 1 + 1);
    expect(await database.stores.outbox.collection[driver].countDocuments({ status: { $ne: 'sent' } })).toBe(0);
  });
});
