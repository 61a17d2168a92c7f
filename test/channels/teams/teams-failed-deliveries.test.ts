import { describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/domain/notifications/notification.js';
import { aChallengeDay } from '../../support/fixtures.js';
import { personalChat, teamsChannel, teamsScene, teamsUser } from '../../support/scene.js';
import {
  aTeamsChannelLink,
  botInstalled,
  cardIn,
  factsOf,
  postActivity,
  registered,
  textsOf,
  type TeamsConversation,
} from '../../support/teams-activities.js';

const priya = teamsUser('priya', 'Priya Patel');
const jo = teamsUser('jo', 'Jo Bennett');
const priyasChat = personalChat(priya);
const josChat = personalChat(jo);
const removedFrom = teamsChannel('chesterfield-old');
const flaky = teamsChannel('chesterfield-notices');

const teams = teamsScene({
  now: new Date('2026-12-01T09:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
  ],
  seed: async () => {
    for (const channel of [removedFrom, flaky]) {
      await database.stores.conversationLinks.remember(
        aTeamsChannelLink(channel, connector.serviceUrl, { districtId: 'chesterfield' }),
      );
    }
  },
});
const { database, connector } = teams;

/** The facts (title: value) of the card the bot last sent into a conversation. */
async function askedBy(who: typeof priya, chat: TeamsConversation, text: string) {
  await teams.say(who, chat, text);
  const card = cardIn(teams.lastIn(chat)?.activity);
  const facts = factsOf(card);
  return { heading: textsOf(card).join(' '), facts };
}

describe('show failed deliveries', () => {
  it('lists a channel the bot was removed from as a broken link, and the notices that did not or may not have arrived', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ auditTeamIds: [], expectedAttendeeIds: [] }),
    );
    const notice: Notification = { kind: 'challenge_day_notice', challengeDayId: day._id };
    connector.failNext(
      { status: 404, conversationId: removedFrom.id },
      { status: 502, afterAccepting: true, conversationId: flaky.id },
    );

    await teams.running.bot.outbox.deliver([
      {
        key: `notice:${day._id}`,
        notification: notice,
        destination: { kind: 'district_channels', districtId: 'chesterfield', audiences: ['district'] },
      },
    ]);
    await teams.settle();
    const { heading, facts } = await askedBy(priya, priyasChat, 'show failed deliveries');

    expect(heading).toContain('1 broken link and 2 failed deliveries');
    expect(facts[0]).toMatch(/^Broken link: Teams channel for Chesterfield: the conversation is gone \(404\)/);
    expect(facts).toContainEqual(
      expect.stringMatching(
        /^the Challenge Day notice → Teams channel for Chesterfield: Not delivered: the bot was removed/,
      ),
    );
    expect(facts).toContainEqual(
      expect.stringMatching(
        /^the Challenge Day notice → Teams channel for Chesterfield: May have been delivered: look in the conv/,
      ),
    );
    expect(JSON.stringify(facts)).not.toContain(day._id); // messages are named, never shown by their ids
    expect(connector.callsTo(flaky.id)).toHaveLength(1); // the notice is there once, and was not posted again
  });

  it('once the bot is added back to the channel, the link is no longer listed as broken', async () => {
    await postActivity(teams.running.baseUrl, botInstalled(connector.serviceUrl, removedFrom, priya));

    const { heading, facts } = await askedBy(priya, priyasChat, 'show failed deliveries');

    expect(heading).toContain('2 failed deliveries');
    expect(heading).not.toContain('broken');
    expect(facts.some((fact) => fact.startsWith('Broken link'))).toBe(false);
    expect(await database.stores.conversationLinks.findByConversation('teams', removedFrom.id)).toMatchObject({
      status: 'active',
      districtId: 'chesterfield',
    });
  });

  it('is only for the QA manager', async () => {
    const { heading } = await askedBy(jo, josChat, 'show failed deliveries');

    expect(heading).toContain('Only a QA manager can see failed deliveries.');
  });
});
