import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionEvent } from '../../src/domain/webhooks/webhook-events.js';
import type { WebhookEvent } from '../../src/domain/webhooks/webhook-event.js';
import { queueWebhookEvent } from '../../src/outbox/queue-webhook-events.js';
import { outboxEntryId } from '../../src/store/outbox.js';
import { runWebhookCommand } from '../../src/webhooks/webhook-command.js';
import { FakeWebhookReceiver, type ReceivedPost } from '../fakes/webhook-receiver.js';
import { aDistrict, anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { startBotChild, type RunningBotChild } from './support/bot-child.js';

const database = useTestDatabase();
const receiver = new FakeWebhookReceiver();
let running: RunningBotChild | undefined;

beforeAll(async () => {
  await receiver.start();
  await database.stores.districts.save(aDistrict({ _id: 'erewash', name: 'Erewash' }));
});
afterAll(async () => {
  running?.process.child.kill('SIGKILL');
  await receiver.stop();
});

describe('the bot is killed (SIGKILL) while a webhook post is under way', () => {
  it('the event is posted again after the restart with the same id, and the receiver acts on it once', async () => {
    const added = await runWebhookCommand(
      database.stores,
      ['add', receiver.url(), '--events', 'action.completed', '--districts', 'all'],
      new Date(),
    );
    const secret = /whsec_\S+/.exec(added.stdout)?.[0];
    const subscriptionId = /Webhook (webhook-\S+) added/.exec(added.stdout)?.[1];
    expect(secret && subscriptionId).toBeTruthy();
    receiver.useSecret(secret!);
    const action = anAction({ reference: 'A-41', districtId: 'erewash', status: 'completed' });
    const event = actionEvent('action.completed', action, { _id: 'erewash', name: 'Erewash' }, '3', new Date());
    await queueWebhookEvent(database.stores, event!, new Date());

    // The receiver takes the first post in and acts on it, and its answer never reaches the bot.
    receiver.answerNext('act_then_hang');
    const held = new Promise<ReceivedPost>((resolve) => (receiver.onHeld = resolve));
    const first = await startBotChild(database);
    running = first;
    await Promise.race([
      held,
      first.process.exited.then(() => {
        throw new Error(`the bot stopped before posting:\n${first.process.output()}`);
      }),
    ]);
    first.process.child.kill('SIGKILL');
    expect(await first.process.exited).toBeNull();
    const entryId = outboxEntryId(`webhook:${event!.id}`, 'webhook', subscriptionId!);
    expect(await database.stores.outbox.findById(entryId)).toMatchObject({ status: 'pending' });

    const second = await startBotChild(database);
    running = second;
    // What the killed process held is posted once its lease runs out, at a tick of the restarted one.
    await expect
      .poll(async () => (await database.stores.outbox.findById(entryId))?.status, { timeout: 200_000, interval: 500 })
      .toBe('sent');

    expect(receiver.posts.map((post) => post.answered)).toEqual(['act_then_hang', 204]);
    expect(receiver.posts.map((post) => post.headers['webhook-id'])).toEqual([event!.id, event!.id]);
    // Both posts verify with the documented scheme, and the receiver acted on the event once.
    for (const post of receiver.posts) expect(receiver.verified(post)).toEqual(event as WebhookEvent);
    expect(receiver.processed).toEqual([event]);

    second.process.child.kill('SIGTERM');
    expect(await second.process.exited).toBe(0);
  }, 300_000);
});
