import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionEvent, safeguardingRaisedEvent } from '../../src/domain/webhooks/webhook-events.js';
import type { WebhookEvent } from '../../src/domain/webhooks/webhook-event.js';
import { failedDeliveriesReceipt } from '../../src/interactions/present/failed-deliveries-card.js';
import { createLogger } from '../../src/logger.js';
import { createOutboxWorker, type OutboxWorker } from '../../src/outbox/outbox-worker.js';
import { WebhookSender } from '../../src/outbox/webhook-sender.js';
import { outboxEntryId } from '../../src/store/outbox.js';
import { runWebhookCommand } from '../../src/webhooks/webhook-command.js';
import { FakeWebhookReceiver } from '../fakes/webhook-receiver.js';
import { aCaseFinding, aDistrict, anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { anOutboxScene, later } from './outbox-support.js';

const database = useTestDatabase();
const scene = anOutboxScene(database);
let outbox: OutboxWorker;

beforeAll(async () => {
  await database.stores.districts.save(aDistrict({ _id: 'erewash', name: 'Erewash' }));
  await database.stores.districts.save(aDistrict({ _id: 'high-peak', name: 'High Peak' }));
  outbox = createOutboxWorker({
    stores: database.stores,
    senders: {},
    // Short, so that a receiver that never answers is given up on quickly; the time itself is not asserted.
    webhooks: new WebhookSender({ timeoutMs: 300 }),
    render: async () => null,
    logger: createLogger('silent'),
    owner: 'instance-under-test',
    now: () => scene.business.now,
    pacingClock: scene.pacing,
  });
});
afterAll(async () => {
  await outbox.idle();
});
// Each test's receiver hears only of its own test's events: the subscriptions of the ones before are removed.
afterEach(async () => {
  for (const subscription of await database.stores.webhookSubscriptions.all()) {
    await runWebhookCommand(database.stores, ['remove', subscription._id], scene.business.now);
  }
});

/** A receiver of its own for a test, subscribed with `api:webhook add`; its secret is the one printed. */
async function aSubscribedReceiver(
  events: string,
  districts = 'all',
): Promise<{ receiver: FakeWebhookReceiver; id: string; secret: string }> {
  const receiver = await new FakeWebhookReceiver(undefined, scene.pacing.now).start();
  const added = await runWebhookCommand(
    database.stores,
    ['add', receiver.url('/hooks?key=theirs'), '--events', events, '--districts', districts],
    scene.business.now,
  );
  const secret = /whsec_\S+/.exec(added.stdout)?.[0];
  const id = /Webhook (webhook-\S+) added/.exec(added.stdout)?.[1];
  if (!secret || !id) throw new Error(`not added: ${added.stderr}`);
  receiver.useSecret(secret);
  return { receiver, id, secret };
}

let steps = 0;
/** An action completed in a district: a new event each time. */
function completed(districtId: string): (district: { _id: string; name: string }) => WebhookEvent | null {
  steps += 1;
  const action = anAction({ _id: `action-step-${steps}`, reference: `A-${steps}`, districtId, status: 'completed' });
  return (district) => actionEvent('action.completed', action, district, '2', scene.business.now);
}

async function sendWhatIsReady(): Promise<void> {
  await outbox.kick();
  await outbox.idle();
}

const webhookEntries = () => database.stores.outbox.failedDeliveries(100);

describe('webhook deliveries through the outbox', () => {
  it('posts the event signed as Standard Webhooks specifies: the library verifies it, and webhook-id is the event id', async () => {
    const { receiver } = await aSubscribedReceiver('action.completed');
    try {
      await outbox.announce('erewash', completed('erewash'));
      await outbox.idle();
      const [post] = receiver.posts;
      expect(post?.path).toBe('/hooks?key=theirs');
      expect(post?.headers['content-type']).toBe('application/json');
      const payload = receiver.verified(post!) as WebhookEvent;
      expect(payload).toMatchObject({ type: 'action.completed', district: { id: 'erewash', name: 'Erewash' } });
      expect(post?.headers['webhook-id']).toBe(payload.id);
      expect(String(post?.headers['webhook-signature'])).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      // Signed with another secret, it does not verify.
      receiver.useSecret(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
      expect(() => receiver.verified(post!)).toThrow();
    } finally {
      await receiver.stop();
    }
  });

  it('after a 500 the event is posted again after a wait, with the same id, and the receiver acts on it once', async () => {
    const { receiver } = await aSubscribedReceiver('action.completed');
    try {
      receiver.answerNext(500);
      await outbox.announce('erewash', completed('erewash'));
      await outbox.idle();
      expect(receiver.posts.map((post) => post.answered)).toEqual([500]);
      await sendWhatIsReady();
      expect(receiver.posts).toHaveLength(1); // not at once: it backs off

      later(scene, 1_000);
      await sendWhatIsReady();
      expect(receiver.posts.map((post) => post.answered)).toEqual([500, 204]);
      expect(receiver.posts[1]?.headers['webhook-id']).toBe(receiver.posts[0]?.headers['webhook-id']);
      expect(receiver.processed).toHaveLength(1);
    } finally {
      await receiver.stop();
    }
  });

  it('a receiver that does not answer in time is posted to again later, with the same id', async () => {
    const { receiver, id } = await aSubscribedReceiver('action.completed');
    try {
      receiver.answerNext('hang');
      await outbox.announce('erewash', completed('erewash'));
      await outbox.idle();
      expect(receiver.posts.map((post) => post.answered)).toEqual(['hang']);
      const key = `webhook:${String(receiver.posts[0]?.headers['webhook-id'])}`;
      expect(await database.stores.outbox.findById(outboxEntryId(key, 'webhook', id))).toMatchObject({
        status: 'pending',
        lastError: 'the receiver did not answer: timed out',
      });

      later(scene, 1_000);
      await sendWhatIsReady();
      expect(receiver.posts.map((post) => post.answered)).toEqual(['hang', 204]);
      expect(receiver.posts[1]?.headers['webhook-id']).toBe(receiver.posts[0]?.headers['webhook-id']);
      expect(receiver.processed).toHaveLength(1);
    } finally {
      await receiver.stop();
    }
  });

  it('a receiver answering 410 Gone has its subscription disabled, audited, listed as failed, and is sent nothing more', async () => {
    const { receiver, id } = await aSubscribedReceiver('action.completed');
    try {
      receiver.answerNext(410);
      await outbox.announce('erewash', completed('erewash'));
      await outbox.idle();
      const subscription = await database.stores.webhookSubscriptions.findById(id);
      expect(subscription).toMatchObject({ status: 'disabled', disabledReason: 'the receiver answered 410 Gone' });
      const trail = await database.stores.auditEvents.trailFor('webhook_subscription', id);
      expect(trail.map((event) => [event.transition, event.actorId, event.after])).toEqual([
        ['add', 'system:webhook-command', 'active'],
        ['disable', 'system:outbox', 'disabled'],
      ]);
      const failed = (await webhookEntries()).filter(
        (entry) => entry.notification.kind === 'webhook_event' && entry.notification.subscriptionId === id,
      );
      expect(failed.map((entry) => entry.failedBecause)).toEqual(['receiver_gone']);

      await outbox.announce('erewash', completed('erewash'));
      await sendWhatIsReady();
      expect(receiver.posts).toHaveLength(1);
    } finally {
      await receiver.stop();
    }
  });

  it('a subscription hears only of the events and districts it named', async () => {
    const erewashOnly = await aSubscribedReceiver('action.completed', 'Erewash');
    const everywhere = await aSubscribedReceiver('action.completed,safeguarding.raised', 'all');
    try {
      await outbox.announce('erewash', completed('erewash'));
      await outbox.announce('high-peak', completed('high-peak'));
      const finding = aCaseFinding({ districtId: 'high-peak', safeguardingConcern: { raised: true } });
      await outbox.announce('high-peak', (district) => safeguardingRaisedEvent(finding, district, scene.business.now));
      await outbox.idle();
      await sendWhatIsReady();
      const heard = (receiver: FakeWebhookReceiver) =>
        receiver.processed.map((event) => {
          const { type, district } = event as WebhookEvent;
          return `${type} ${district.id}`;
        });
      expect(heard(erewashOnly.receiver)).toEqual(['action.completed erewash']);
      expect(heard(everywhere.receiver).sort()).toEqual([
        'action.completed erewash',
        'action.completed high-peak',
        'safeguarding.raised high-peak',
      ]);
    } finally {
      await erewashOnly.receiver.stop();
      await everywhere.receiver.stop();
    }
  });

  it('an event a receiver keeps failing is given up on and listed by “show failed deliveries”, without the secret or query', async () => {
    const { receiver, id, secret } = await aSubscribedReceiver('action.completed');
    try {
      receiver.answerNext(...Array.from({ length: 12 }, () => 503));
      await outbox.announce('erewash', completed('erewash'));
      await outbox.idle();
      for (let round = 0; round < 12; round++) {
        later(scene, 10 * 60_000);
        await sendWhatIsReady();
      }
      expect(receiver.posts.map((post) => post.answered)).toEqual(Array.from({ length: 12 }, () => 503));
      const failed = (await webhookEntries()).filter(
        (entry) => entry.notification.kind === 'webhook_event' && entry.notification.subscriptionId === id,
      );
      expect(failed.map((entry) => [entry.failedBecause, entry.lastError])).toEqual([
        ['gave_up', 'gave up after 12 tries: the receiver answered 503'],
      ]);
      const listed = JSON.stringify(
        (await failedDeliveriesReceipt(database.stores, [], failed, scene.business.now)).card,
      );
      expect(listed).toContain(`Webhook event action.completed → ${receiver.url('/hooks')}`);
      expect(listed).toContain('Not delivered: the receiver kept failing. gave up after 12 tries');
      expect(listed).not.toContain(secret);
      expect(listed).not.toContain('key=theirs');
    } finally {
      await receiver.stop();
    }
  });

  it('a backlog for one receiver is posted one at a time, at most ten a second', async () => {
    const { receiver } = await aSubscribedReceiver('action.completed');
    try {
      for (let index = 0; index < 25; index++) await outbox.announce('erewash', completed('erewash'));
      await outbox.idle();
      await sendWhatIsReady();
      expect(receiver.processed).toHaveLength(25);
      const arrivals = receiver.posts.map((post) => post.receivedAt);
      // Any eleven posts in a row span more than a second of the pacing clock.
      for (let index = 10; index < arrivals.length; index++) {
        expect(arrivals[index]! - arrivals[index - 10]!).toBeGreaterThanOrEqual(1000);
      }
    } finally {
      await receiver.stop();
    }
  }, 120_000);
});
