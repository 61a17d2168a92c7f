import { describe, expect, it } from 'vitest';
import { conversationLinkId } from '../../../src/store/conversation-links.js';
import { anAction, aPerson } from '../../support/fixtures.js';
import { slackScene } from '../../support/scene.js';
import { slashCommand } from '../../support/slack-requests.js';
import { driver } from '../../../src/store/driver-collection.js';

const start = new Date('2026-12-01T09:00:00Z');
const scene = slackScene({
  now: start,
  people: [
    aPerson({ _id: 'person-sam', displayName: 'Sam Auditor', identities: { slackUserId: 'U-SAM' } }),
    aPerson({ _id: 'person-alex', displayName: 'Alex Owner', roles: ['staff'], identities: { slackUserId: 'U0ALEX' } }),
  ],
  seed: async () => {
    await scene.database.stores.actions.create(
      anAction({ ownerId: 'person-alex', what: 'Update the chronology template for the duty team' }),
    );
    await scene.database.stores.actions.create(
      anAction({ ownerId: 'person-sam', what: 'Sam’s own action, not asked about' }),
    );
  },
});
const { database } = scene;

/** Runs /challenge and waits for its answer at the command's response URL. */
async function command(user: string, channel: string, text: string): Promise<string> {
  const name = `answer-${scene.slack.responses.length}`;
  const acknowledged = await scene.post(slashCommand(user, channel, text, scene.slack.responseUrl(name)));
  expect(acknowledged.status).toBe(200);
  await expect.poll(() => scene.slack.responses.some((response) => response.path.includes(name))).toBe(true);
  const answer = scene.slack.responses.find((response) => response.path.includes(name));
  return JSON.stringify(answer?.body ?? {});
}

const storedLink = (channel: string) =>
  database.stores.conversationLinks.collection[driver].findOne({ _id: conversationLinkId('slack', channel) });

describe('Slack: who ran a command, and the conversation it came from', () => {
  it('a second command in the same conversation leaves its stored link as the first one left it', async () => {
    await command('U-SAM', 'D-SAM', 'my actions');
    const first = await storedLink('D-SAM');
    expect(first).toMatchObject({ kind: 'personal', personId: 'person-sam', updatedAt: start });

    scene.setNow(new Date(start.getTime() + 10 * 60_000));
    const answer = await command('U-SAM', 'D-SAM', 'my actions');

    expect(answer).not.toContain('not registered');
    expect(await storedLink('D-SAM')).toEqual(first);
  });

  it('someone registered before the bot kept identity pointers is still recognised, command after command', async () => {
    // As a database written by an earlier version holds them: the person, with no pointer to them.
    await database.stores.people.collection[driver].insertOne(
      aPerson({ _id: 'person-olive', displayName: 'Olive Grant', identities: { slackUserId: 'U-OLIVE' } }),
    );

    for (const text of ['my actions', 'my actions']) {
      expect(await command('U-OLIVE', 'D-OLIVE', text)).not.toContain('not registered');
    }
    expect(await storedLink('D-OLIVE')).toMatchObject({ personId: 'person-olive' });
  });

  it('a Slack mention of a registered person is answered with that person’s actions', async () => {
    const answer = await command('U-SAM', 'C-TEAM', 'actions for <@U0ALEX|alex>');

    expect(answer).toContain('Update the chronology template for the duty team');
    expect(answer).not.toContain('not asked about');
  });

  it('a Slack mention of someone not registered is answered that the bot does not know who that is', async () => {
    const answer = await command('U-SAM', 'C-TEAM', 'actions for <@U0NOBODY|nobody>');

    expect(answer).toContain('I do not know who that is');
    expect(answer).not.toContain('chronology template');
  });
});
