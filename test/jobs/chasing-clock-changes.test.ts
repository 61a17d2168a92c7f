import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { FakeSlackWebApi } from '../fakes/slack-web-api.js';
import { aConversationLink, aDistrict, aPerson, anAction } from '../support/fixtures.js';
import { SIGNING_SECRET, TEAM_ID } from '../support/slack-requests.js';
import { startTestBot, type RunningTestBot } from '../support/test-bot.js';
import { useTestDatabase } from '../support/test-database.js';

/*
 * An action due on the Tuesday after Easter 2027. The clocks go forward on Easter Sunday (28 March), so its
 * before-due reminder goes at 09:00 GMT and the rest at 09:00 BST (08:00 UTC); Good Friday, Easter Monday
 * and the weekends are not working days.
 */

const database = useTestDatabase();
const slack = new FakeSlackWebApi();
let running: RunningTestBot;
const dms = () =>
  slack
    .callsOf('chat.postMessage')
    .filter((call) => String(call.args.channel).startsWith('D-'))
    .map((call) => `${String(call.args.channel)} ${String(call.args.text).split(':')[0]}`);

async function tickAt(instant: string) {
  running.clock.now = new Date(instant);
  await running.bot.tick();
  await running.bot.outbox.idle();
}

beforeAll(async () => {
  await slack.start();
  running = await startTestBot(
    database,
    {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
      SLACK_API_URL: slack.apiUrl,
    },
    new Date('2027-03-22T00:05:00Z'),
  );
  const { stores } = database;
  await stores.districts.save(
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'Buxton and Glossop MAT', aliases: [] }),
  );
  await stores.people.save(
    aPerson({ _id: 'person-lee', displayName: 'Lee Grant', roles: ['staff'], districtIds: ['high-peak'] }),
  );
  await stores.people.save(
    aPerson({ _id: 'person-dee', displayName: 'Dee Shaw', roles: ['district_manager'], districtIds: ['high-peak'] }),
  );
  for (const [personId, dm] of [
    ['person-lee', 'D-LEE'],
    ['person-dee', 'D-DEE'],
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
  await stores.actions.create(
    anAction({
      _id: 'action-easter',
      districtId: 'high-peak',
      ownerId: 'person-lee',
      dueDate: calendarDateFromIso('2027-03-30'),
      createdAt: new Date('2027-03-01T10:00:00Z'),
    }),
  );
});

afterAll(async () => {
  await running.close();
  await slack.stop();
});

describe('reminders and escalations across Easter 2027 and the clocks going forward', () => {
  it('the owner is reminded on Tuesday 23 March at 09:00 GMT, three working days before', async () => {
    await tickAt('2027-03-22T09:05:00Z');
    await tickAt('2027-03-23T08:55:00Z');
    expect(dms()).toEqual([]);
    await tickAt('2027-03-23T09:01:00Z');
    expect(dms()).toEqual(['D-LEE Reminder']);
  });

  it('nothing on Good Friday, the Easter weekend or Easter Monday, nor on the due day', async () => {
    for (const instant of [
      '2027-03-26T09:05:00Z',
      '2027-03-27T09:05:00Z',
      '2027-03-28T08:05:00Z',
      '2027-03-29T08:05:00Z',
      '2027-03-30T08:05:00Z',
      '2027-03-30T16:00:00Z',
    ]) {
      await tickAt(instant);
    }
    expect(dms()).toEqual(['D-LEE Reminder']);
  });

  it('the overdue reminder goes on Wednesday 31 March at 09:00 BST, which is 08:00 UTC', async () => {
    await tickAt('2027-03-31T07:55:00Z');
    expect(dms()).toEqual(['D-LEE Reminder']);
    await tickAt('2027-03-31T08:01:00Z');
    expect(dms()).toEqual(['D-LEE Reminder', 'D-LEE Your action is overdue; it was due on Tue 30 Mar 2027']);
  });

  it('the district manager hears of it on Tuesday 6 April, five working days overdue', async () => {
    for (const instant of [
      '2027-04-01T08:05:00Z',
      '2027-04-02T08:05:00Z',
      '2027-04-05T08:05:00Z',
      '2027-04-06T07:55:00Z',
    ]) {
      await tickAt(instant);
    }
    expect(dms()).toHaveLength(2);
    await tickAt('2027-04-06T08:01:00Z');
    expect(dms()).toEqual([
      'D-LEE Reminder',
      'D-LEE Your action is overdue; it was due on Tue 30 Mar 2027',
      'D-DEE Overdue by 5 working days',
    ]);
  });
});
