import { describe, expect, it } from 'vitest';
import type { ConversationLink } from '../../src/domain/links/conversation-link.js';
import { aConversationLink } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const firstSeen = new Date('2026-12-01T09:00:00Z');
const seenAgain = new Date('2026-12-01T09:05:00Z');

/** A personal chat as a turn sees it: its Teams address, with the fields in the order Teams gives them. */
function personalChat(over: Partial<ConversationLink> = {}): ConversationLink {
  return aConversationLink({
    kind: 'personal',
    districtId: undefined,
    audience: undefined,
    personId: 'person-sam',
    address: {
      bot: { id: '28:challenge-day-bot', name: 'Challenge Day' },
      channelId: 'msteams',
      conversation: { conversationType: 'personal', id: 'a:personal-sam', tenantId: 'tenant-derbyshire' },
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      user: { aadObjectId: 'aad-sam', id: '29:aad-sam', name: 'Sam Auditor' },
    },
    updatedAt: firstSeen,
    ...over,
  });
}

/** The stored link, read without the repository's help. */
async function stored(link: ConversationLink) {
  return database.stores.conversationLinks.collection[driver].findOne({ _id: link._id });
}

describe('a conversation seen again on a turn', () => {
  it('is not written again when nothing but the time would change', async () => {
    const chat = await database.stores.conversationLinks.remember(personalChat());
    const seen = await database.stores.conversationLinks.findByConversation('teams', chat.conversationId);
    // The same address, its fields in another order, and an optional field left undefined.
    const { address } = personalChat();
    const reordered = Object.fromEntries(Object.entries(address).reverse());

    const remembered = await database.stores.conversationLinks.rememberSeen(
      { ...chat, address: reordered, purpose: undefined, updatedAt: seenAgain },
      seen,
    );

    expect(remembered).toEqual(chat);
    expect((await stored(chat))?.updatedAt).toEqual(firstSeen);
  });

  it.each<[string, Partial<ConversationLink>]>([
    ['its service URL moved', { address: { ...personalChat().address, serviceUrl: 'https://smba.example/emea/' } }],
    ['it is another kind of conversation', { kind: 'group' }],
    ['another person is in it', { personId: 'person-jo' }],
  ])('is written again when %s', async (_change, change) => {
    const chat = await database.stores.conversationLinks.remember(personalChat());
    const seen = await database.stores.conversationLinks.findByConversation('teams', chat.conversationId);

    await database.stores.conversationLinks.rememberSeen({ ...chat, ...change, updatedAt: seenAgain }, seen);

    expect(await stored(chat)).toEqual({ ...chat, ...change, updatedAt: seenAgain });
  });

  it('is working again, without why it broke, when it had broken and the bot hears from it', async () => {
    const chat = await database.stores.conversationLinks.remember(personalChat());
    await database.stores.conversationLinks.markBroken(chat._id, 'the bot was removed', firstSeen);
    const seen = await database.stores.conversationLinks.findByConversation('teams', chat.conversationId);

    await database.stores.conversationLinks.rememberSeen(
      { ...(seen ?? chat), status: 'active', updatedAt: seenAgain },
      seen,
    );

    const after = await stored(chat);
    expect(after).toMatchObject({ status: 'active', updatedAt: seenAgain });
    expect(after).not.toHaveProperty('brokenReason');
  });

  it('is written the first time it is seen', async () => {
    const chat = personalChat();

    await database.stores.conversationLinks.rememberSeen(chat, null);

    expect(await stored(chat)).toEqual(chat);
  });
});
