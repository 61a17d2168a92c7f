import { describe, expect, it } from 'vitest';
import { conversationLinkId } from '../../../src/store/conversation-links.js';
import { teamsScene } from '../../support/scene.js';
import { message, postActivity, registered, type TeamsConversation } from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';

const start = new Date('2026-12-01T09:00:00Z');
const tenantId = 'tenant-derbyshire';
const sam = { aadObjectId: 'aad-sam', name: 'Sam Auditor' };
const samsChat: TeamsConversation = { id: 'a:personal-sam', type: 'personal', tenantId };
const olive = { aadObjectId: 'aad-olive', name: 'Olive Grant' };
const olivesChat: TeamsConversation = { id: 'a:personal-olive', type: 'personal', tenantId };

const teams = teamsScene({ now: start, people: [registered(sam, { _id: 'person-sam', roles: ['auditor'] })] });
const { database, connector } = teams;

const lastAnswerIn = (chat: TeamsConversation) =>
  teams.lastCardTextIn(chat) || String(teams.lastIn(chat)?.activity.text ?? '');

const storedLink = (chat: TeamsConversation) =>
  database.stores.conversationLinks.collection[driver].findOne({ _id: conversationLinkId('teams', chat.id) });

describe('Teams: who sent a message, and the chat it came from', () => {
  it('a second message in the same chat leaves the chat’s stored link as the first one left it', async () => {
    await teams.say(sam, samsChat, 'my actions');
    const first = await storedLink(samsChat);
    expect(first).toMatchObject({ kind: 'personal', personId: 'person-sam', updatedAt: start });

    teams.setNow(new Date(start.getTime() + 10 * 60_000));
    const answered = await teams.say(sam, samsChat, 'my actions');

    expect(answered.status).toBe(200);
    expect(lastAnswerIn(samsChat)).not.toContain('not registered');
    expect(await storedLink(samsChat)).toEqual(first);
  });

  it('when Teams moves the chat to another service address, the stored link follows it', async () => {
    // The same fake Bot Connector under another name, as the service's address would change.
    const moved = connector.serviceUrl.replace('127.0.0.1', 'localhost');
    teams.setNow(new Date(start.getTime() + 20 * 60_000));

    await postActivity(teams.running.baseUrl, message(moved, samsChat, sam, 'my actions'));

    expect(lastAnswerIn(samsChat)).not.toContain('not registered');
    expect(await storedLink(samsChat)).toMatchObject({
      address: { serviceUrl: moved },
      updatedAt: teams.running.clock.now,
    });
  });

  it('someone registered before the bot kept identity pointers is still recognised, message after message', async () => {
    // As a database written by an earlier version holds them: the person, with no pointer to them.
    await database.stores.people.collection[driver].insertOne(
      registered(olive, { _id: 'person-olive', roles: ['staff'] }),
    );

    for (const text of ['my actions', 'my actions']) {
      await teams.say(olive, olivesChat, text);
      expect(lastAnswerIn(olivesChat)).not.toContain('not registered');
    }
    expect(await storedLink(olivesChat)).toMatchObject({ personId: 'person-olive' });
  });

  it('someone not registered is told so, each time they write', async () => {
    const stranger = { aadObjectId: 'aad-stranger', name: 'Stranger' };
    const strangersChat: TeamsConversation = { id: 'a:personal-stranger', type: 'personal', tenantId };

    for (const text of ['my actions', 'my actions']) {
      await teams.say(stranger, strangersChat, text);
      expect(lastAnswerIn(strangersChat)).toContain('You are not registered with the Challenge Day bot yet');
    }
  });
});
