import { describe, expect, it } from 'vitest';
import { actionAssigned, anAction } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { slashCommand } from '../../support/slack-requests.js';

/*
 * People who never wrote to the bot in Slack: the outbox opens the direct message itself (conversations.open
 * with the user id, scope im:write), remembers it and sends, once; a user Slack does not know is kept as a
 * failed delivery with why, and sent to once they write to the bot.
 */

const scene = slackScene({
  now: new Date('2026-12-03T11:00:00Z'),
  people: [
    slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { districtIds: [] }),
    slackMember('person-jo', 'U-JO', ['staff']),
    slackMember('person-lee', 'U-LEE', ['staff']),
  ],
});
const { database, slack } = scene;

const postsTo = (channel: string) => slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);
const opensFor = (user: string) => slack.callsOf('conversations.open').filter((call) => call.args.users === user);

async function assignAction(ownerId: string) {
  const action = await database.stores.actions.create(
    anAction({ ownerId, what: `Chronology template for ${ownerId}` }),
  );
  await scene.deliverNow([actionAssigned(action)]);
}

/** Runs /challenge and waits for its answer at the command's response URL. */
async function command(user: string, channel: string, text: string): Promise<string> {
  const name = `answer-${slack.responses.length}`;
  await scene.post(slashCommand(user, channel, text, slack.responseUrl(name)));
  await expect.poll(() => slack.responses.some((response) => response.path.includes(name))).toBe(true);
  return JSON.stringify(slack.responses.find((response) => response.path.includes(name))?.body ?? {});
}

describe('an action card to an owner who never wrote to the bot in Slack', () => {
  it('opens the direct message, stores it as her chat and posts the card once, also when the first answer was lost', async () => {
    slack.failNext({ status: 502, afterAccepting: true, method: 'conversations.open' });

    await assignAction('person-jo');
    expect(postsTo('D-U-JO')).toHaveLength(0);
    await scene.later(5_000);

    expect(opensFor('U-JO')).toHaveLength(2);
    expect([...slack.openedDirectMessages]).toEqual(['D-U-JO']);
    expect(postsTo('D-U-JO')).toHaveLength(1);
    expect(JSON.stringify(postsTo('D-U-JO')[0]?.args.blocks)).toContain('Chronology template for person-jo');
    expect(await database.stores.conversationLinks.findByConversation('slack', 'D-U-JO')).toMatchObject({
      kind: 'personal',
      personId: 'person-jo',
      status: 'active',
    });

    await scene.later(600_000);
    expect(postsTo('D-U-JO')).toHaveLength(1);
  });

  it('a second message to her goes to the chat now stored, without opening it again', async () => {
    await assignAction('person-jo');

    expect(opensFor('U-JO')).toHaveLength(2);
    expect(postsTo('D-U-JO')).toHaveLength(2);
  });

  it('keeps the card as failed when Slack does not know the user, lists why, and sends it once he writes', async () => {
    slack.failNext({ error: 'user_not_found', method: 'conversations.open' });

    await assignAction('person-lee');

    expect(postsTo('D-U-LEE')).toHaveLength(0);
    const listed = await command('U-PRIYA', 'D-U-PRIYA', 'show failed deliveries');
    expect(listed).toContain('Slack, lee');
    expect(listed).toContain('Not delivered: the bot could not open a chat with them');
    expect(listed).toContain('user_not_found');

    await command('U-LEE', 'D-U-LEE', 'my actions');
    await scene.settle();
    expect(postsTo('D-U-LEE')).toHaveLength(1);
  });
});
