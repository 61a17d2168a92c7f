import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { FakeSlackWebApi } from '../fakes/slack-web-api.js';
import { aConversationLink, aDistrict, aPerson, anAction } from '../support/fixtures.js';
import { SIGNING_SECRET, TEAM_ID } from '../support/slack-requests.js';
import { startTestBot } from '../support/test-bot.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const slack = new FakeSlackWebApi();
const env = () => ({
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
  SLACK_API_URL: slack.apiUrl,
});
const postedTo = (channel: string) =>
  slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === channel)
    .map((call) => String(call.args.text));

beforeAll(async () => {
  await slack.start();
  const { stores } = database;
  await stores.districts.save(
    aDistrict({ _id: 'bolsover', name: 'Bolsover', matLocality: 'Bolsover MAT', aliases: [] }),
  );
  await stores.people.save(
    aPerson({ _id: 'person-ash', displayName: 'Ash Moore', roles: ['staff'], districtIds: ['bolsover'] }),
  );
  const slackLink = (conversationId: string, over: Parameters<typeof aConversationLink>[0]) =>
    aConversationLink({ platform: 'slack', conversationId, address: { channel: conversationId }, ...over });
  await stores.conversationLinks.remember(slackLink('C-BOLSOVER', { districtId: 'bolsover' }));
  await stores.conversationLinks.remember(
    slackLink('C-MANAGERS', { districtId: undefined, audience: undefined, purpose: 'managers' }),
  );
  await stores.conversationLinks.remember(
    slackLink('D-ASH', { kind: 'personal', personId: 'person-ash', districtId: undefined, audience: undefined }),
  );
  await stores.actions.create(
    anAction({
      _id: 'action-bolsover',
      districtId: 'bolsover',
      ownerId: 'person-ash',
      dueDate: calendarDateFromIso('2027-03-04'),
      createdAt: new Date('2027-02-10T10:00:00Z'),
      what: 'Return home interviews offered within 72 hours',
    }),
  );
});

afterAll(async () => {
  await slack.stop();
});

describe('a bot that was down when posts fell due', () => {
  it('sends the week’s digest, the month’s summary and a missed reminder once when it starts again, and not again', async () => {
    // Monday 1 March 2027, 08:00: the digest (09:00) and February's summary (09:00) are planned, not yet due.
    const before = await startTestBot(database, env(), new Date('2027-03-01T08:00:00Z'));
    await before.bot.tick();
    await before.close();
    expect(slack.callsOf('chat.postMessage')).toEqual([]);

    // Started again on Wednesday at 11:00, after two days down.
    const after = await startTestBot(database, env(), new Date('2027-03-03T11:00:00Z'));
    await after.bot.tick();
    await after.bot.outbox.idle();
    expect(postedTo('C-BOLSOVER')).toEqual(['Action plan digest for Bolsover: 1 outstanding, 0 overdue']);
    expect(postedTo('C-MANAGERS')).toEqual(['Action plan performance for February 2027']);
    // Monday's reminder (three working days before Thursday) goes late rather than never.
    expect(postedTo('D-ASH')).toEqual([
      'Reminder: your action is due in 1 working day (Thu 4 Mar 2027): Return home interviews offered within 72 hours',
    ]);

    // Later ticks that week, and a second start, send none of them again.
    for (const at of ['2027-03-03T11:01:00Z', '2027-03-04T09:05:00Z', '2027-03-05T13:00:00Z']) {
      after.clock.now = new Date(at);
      await after.bot.tick();
    }
    await after.close();
    const again = await startTestBot(database, env(), new Date('2027-03-05T14:00:00Z'));
    await again.bot.tick();
    await again.close();
    expect(postedTo('C-BOLSOVER')).toHaveLength(1);
    expect(postedTo('C-MANAGERS')).toHaveLength(1);
    expect(postedTo('D-ASH')).toEqual([
      'Reminder: your action is due in 1 working day (Thu 4 Mar 2027): Return home interviews offered within 72 hours',
      'Your action is overdue; it was due on Thu 4 Mar 2027: Return home interviews offered within 72 hours',
    ]);
  });
});
