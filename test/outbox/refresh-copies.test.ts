import { describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notifications/notification.js';
import { renderActionCopy } from '../../src/interactions/render-action-copy.js';
import { aConversationLink, anAction, aPerson } from '../support/fixtures.js';
import { cardIn, factsOf } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import { anOutboxScene, useOutboxWorker } from './outbox-support.js';

/*
 * After a step on an action, every delivered message about it is updated in place: each rendered once for the
 * person it went to, whatever the number of their chats.
 */

const database = useTestDatabase();
const scene = anOutboxScene(database);
const { connector, slack } = scene;
const outbox = useOutboxWorker(scene);

/** A manager the bot knows in a Teams personal chat and a Slack direct message. */
async function aManagerInBothChats(key: string) {
  const person = await database.stores.people.save(
    aPerson({ _id: `person-${key}`, displayName: `Manager ${key}`, roles: ['district_manager'] }),
  );
  const teamsChat = `a:personal-${key}`;
  await database.stores.conversationLinks.remember(
    aConversationLink({
      platform: 'teams',
      conversationId: teamsChat,
      kind: 'personal',
      personId: person._id,
      address: {
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: { id: teamsChat, conversationType: 'personal', tenantId: 'tenant-derbyshire' },
        bot: { id: '28:challenge-day-bot', name: 'Challenge Day' },
      },
    }),
  );
  await database.stores.conversationLinks.remember(
    aConversationLink({
      platform: 'slack',
      conversationId: `D-${key}`,
      kind: 'personal',
      personId: person._id,
      address: { channel: `D-${key}` },
    }),
  );
  return { person, teamsChat, slackChat: `D-${key}` };
}

describe('refreshing the messages about an action', () => {
  it('renders each message once for its person, and updates every copy of it on each platform', async () => {
    const amir = await aManagerInBothChats('amir');
    const bea = await aManagerInBothChats('bea');
    const action = await database.stores.actions.create(anAction({ status: 'completed', ownerId: 'person-owner' }));
    const turnFor = (personId: string): Notification => ({
      kind: 'action_turn',
      actionId: action._id,
      turn: 'verify_completion',
      personId,
    });
    await outbox().deliver(
      [amir, bea].map(({ person }) => ({
        key: `action-turn:${action._id}:2`,
        notification: turnFor(person._id),
        destination: { kind: 'person' as const, personId: person._id },
      })),
    );
    await outbox().idle();
    // Verified meanwhile by someone else (how is for the lifecycle's tests).
    await database.stores.actions.collection.replaceById({
      ...action,
      status: 'verified',
      version: action.version + 1,
    });

    const rendered: Notification[] = [];
    await outbox().refreshAboutAction(action._id, (notification, recipientId) => {
      rendered.push(notification);
      return renderActionCopy(database.stores, notification, recipientId, scene.business.now);
    });

    expect(rendered).toHaveLength(2);
    expect(rendered).toEqual(expect.arrayContaining([turnFor(amir.person._id), turnFor(bea.person._id)]));
    for (const { teamsChat, slackChat } of [amir, bea]) {
      const teamsUpdate = connector.callsTo(teamsChat).find((call) => call.method === 'PUT');
      expect(factsOf(cardIn(teamsUpdate?.activity))).toContain('Status: Verified complete');
      expect(slack.callsOf('chat.update').filter((call) => call.args.channel === slackChat)).toHaveLength(1);
    }
  });
});
