import { beforeAll, describe, expect, it } from 'vitest';
import { anAction, aDistrict } from '../support/fixtures.js';
import { actionReference } from '../../src/domain/action/action-reference.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { personalChat as chatOf, slackMember, teamsAndSlackScene, teamsChannel } from '../support/scene.js';
import { slashCommand } from '../support/slack-requests.js';
import { cardIn, registered, textsOf } from '../support/teams-activities.js';

/*
 * A question that takes longer than the person's wait. The bot is told to wait 1 s (ANSWER_WAIT_MS, as
 * a deployment could set it) and the county holds 12,000 actions, so the county's figures — every action
 * read, as with 100,000 at 4 s — take several seconds to work out, while reading the question takes a
 * fraction of a second. A command that changes something is made slow the same way, by what it reads after
 * the message is understood. Nothing of the bot is stubbed or slowed.
 */
const ACTIONS = 12_000;
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const scene = teamsAndSlackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  env: { ANSWER_WAIT_MS: '1000' },
  districts: [aDistrict({ _id: 'erewash', name: 'Erewash', aliases: [] })],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    slackMember('person-quinn', 'U-QUINN', ['qa_manager'], { displayName: 'Quinn Lee', districtIds: [] }),
    slackMember('person-owen', 'U-OWEN', ['staff'], { displayName: 'Owen Hart', districtIds: ['erewash'] }),
  ],
});
const { database, post, slack } = scene;

beforeAll(async () => {
  const actions = Array.from({ length: ACTIONS }, (_, index) =>
    anAction({
      _id: `action-${index}`,
      reference: actionReference.parse(`A-${index + 1}`),
      districtId: 'erewash',
      createdAt: new Date('2026-11-02T10:00:00Z'),
      dueDate: calendarDateFromIso('2026-11-30'),
      status: 'open',
    }),
  );
  // As the store keeps them (with what it derives from each), in one write: the store inserts one at a time.
  const stored = actions.map((action) => database.stores.actions.collection.stored(action));
  await database.db.collection('actions').insertMany(stored as never[]);
}, 120_000);

const saidIn = (activity: unknown) => {
  const record = activity as { text?: unknown } | undefined;
  return [String(record?.text ?? ''), ...textsOf(cardIn(record as never))].join(' ');
};

describe('a question that takes longer than the wait', () => {
  it('in Teams: "Working on it" at once, then the figures card in the same chat, once', async () => {
    const chat = chatOf(priya);
    const before = scene.connector.callsTo(chat.id).length;
    const everywhereBefore = scene.connector.calls.length;

    await scene.say(priya, chat, 'county performance 2026');

    // Messages only: Teams' typing indicator is no answer.
    const answered = () =>
      scene.connector
        .callsTo(chat.id)
        .slice(before)
        .filter((call) => (call.activity as { type?: string }).type === 'message');
    expect(answered().map((call) => saidIn(call.activity))).toEqual(['Working on it — the answer will follow here.']);
    await expect.poll(() => answered().length, { timeout: 100_000, interval: 200 }).toBe(2);
    expect(saidIn(answered()[1]?.activity)).toContain('County performance, 2026');
    // Nothing more follows: the answer is posted once.
    await scene.settle();
    expect(answered()).toHaveLength(2);
    // …and only into Priya's chat.
    expect(scene.connector.calls.slice(everywhereBefore).every((call) => call.conversationId === chat.id)).toBe(true);
  }, 120_000);

  it('in Slack: "Working on it" to the person only, then the figures through the same response URL', async () => {
    await post(slashCommand('U-QUINN', 'D-QUINN', 'county performance 2026', slack.responseUrl('late-quinn')));

    const responses = () => slack.responses.filter((response) => response.path.endsWith('late-quinn'));
    await expect.poll(() => responses().length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(responses()[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'Working on it — the answer will follow here.',
    });
    await expect.poll(() => responses().length, { timeout: 100_000, interval: 200 }).toBe(2);
    expect(responses()[1]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(responses()[1]?.body)).toContain('County performance, 2026');
    // Nobody else was sent anything.
    expect(slack.calls.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
  }, 120_000);

  it('a command that changes something ("link this channel") and outruns the wait keeps "ask again in a minute", never "working on it"', async () => {
    // Linking a channel sends it what could not be delivered before: the outbox, 100,000 old messages here, is read.
    const sent = Array.from({ length: 100_000 }, (_, index) => ({ _id: `old-${index}`, status: 'sent' }));
    await database.db.collection('outbox').insertMany(sent as never[]);
    const channel = teamsChannel('erewash-qa');
    // The channel already known to the bot, as it is once the bot has been added to the team.
    await scene.say(priya, channel, 'help');
    const before = scene.connector.callsTo(channel.id).length;

    await scene.say(priya, channel, 'link this channel to Erewash');

    const said = scene.connector
      .callsTo(channel.id)
      .slice(before)
      .filter((call) => (call.activity as { type?: string }).type === 'message')
      .map((call) => saidIn(call.activity));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('Please ask again in a minute');
    expect(said[0]).not.toContain('Working on it');
  }, 120_000);
});
