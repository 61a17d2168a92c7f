import { beforeAll, describe, expect, it } from 'vitest';
import { conversationLinkId } from '../../../src/store/conversation-links.js';
import { aDistrict } from '../../support/fixtures.js';
import {
  cardIn,
  message,
  postActivity,
  registered,
  textsOf,
  type TeamsConversation,
} from '../../support/teams-activities.js';
import { useTeamsBot } from '../../support/teams-harness.js';
import { useTestDatabase } from '../../support/test-database.js';
import { driver } from '../../../src/store/driver-collection.js';

const database = useTestDatabase();
const start = new Date('2026-12-01T09:00:00Z');
const teams = useTeamsBot(database, { env: {}, now: start });
const { connector } = teams;

const tenantId = 'tenant-derbyshire';
const sam = { aadObjectId: 'aad-sam', name: 'Sam Auditor' };
const samsChat: TeamsConversation = { id: 'a:personal-sam', type: 'personal', tenantId };
const olive = { aadObjectId: 'aad-olive', name: 'Olive Grant' };
const olivesChat: TeamsConversation = { id: 'a:personal-olive', type: 'personal', tenantId };

beforeAll(async () => {
  await database.stores.districts.save(aDistrict());
  await database.stores.people.save(registered(sam, { _id: 'person-sam', roles: ['auditor'] }));
});

const lastAnswerIn = (chat: TeamsConversation) =>
  textsOf(cardIn(connector.callsTo(chat.id).at(-1)?.activity)).join(' ') ||
  String(connector.callsTo(chat.id).at(-1)?.activity.text ?? '');

const storedLink = (chat: TeamsConversation) =>
  database.stores.conversationLinks.collection[driver].findOne({ _id: conversationLinkId('teams', chat.id) });

describe('Teams: who sent a message, and the chat it came from', () => {
  it('a second message in the same chat leaves the chat’s stored link as the first one left it', async () => {
    await postActivity(teams.running.baseUrl, message(connector.serviceUrl, samsChat, sam, 'my actions'));
    const first = await storedLink(samsChat);
    expect(first).toMatchObject({ kind: 'personal', personId: 'person-sam', updatedAt: start });

    teams.running.clock.now = new Date(start.getTime() + 10 * 60_000);
    const answered = await postActivity(
      teams.running.baseUrl,
      message(connector.serviceUrl, samsChat, sam, 'my actions'),
    );

    expect(answered.status).toBe(200);
    expect(lastAnswerIn(samsChat)).not.toContain('not registered');
    expect(await storedLink(samsChat)).toEqual(first);
  });

  it('when Teams moves the chat to another service address, the stored link follows it', async () => {
    // The same fake Bot Connector under another name, as the service's address would change.
    const moved = connector.serviceUrl.replace('127.0.0.1', 'localhost');
    teams.running.clock.now = new Date(start.getTime() + 20 * 60_000);

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
      await postActivity(teams.running.baseUrl, message(connector.serviceUrl, olivesChat, olive, text));
      expect(lastAnswerIn(olivesChat)).not.toContain('not registered');
    }
    expect(await storedLink(olivesChat)).toMatchObject({ personId: 'person-olive' });
  });

  it('someone not registered is told so, each time they write', async () => {
    const stranger = { aadObjectId: 'aad-stranger', name: 'Stranger' };
    const strangersChat: TeamsConversation = { id: 'a:personal-stranger', type: 'personal', tenantId };

    for (const text of ['my actions', 'my actions']) {
      await postActivity(teams.running.baseUrl, message(connector.serviceUrl, strangersChat, stranger, text));
      expect(lastAnswerIn(strangersChat)).toContain('You are not registered with the Challenge Day bot yet');
    }
  });
});
