import { describe, expect, it } from 'vitest';
import type { WebhookSubscription } from '../../src/domain/webhooks/webhook-subscription.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const at = new Date('2026-12-06T10:00:00Z');
const by = (actorId: string, commandId: string) => ({ actorId, commandId, at });

const aSubscription = (id: string): WebhookSubscription => ({
  _id: id,
  url: 'https://dash.example.org/hooks',
  events: ['action.completed'],
  districtIds: 'all',
  secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
  status: 'active',
  version: 1,
  createdAt: at,
  updatedAt: at,
});

describe('webhook subscriptions', () => {
  it('a 410 and the command line disabling one at once: it is disabled once, and audited once', async () => {
    const { webhookSubscriptions, auditEvents } = database.stores;
    await webhookSubscriptions.add(aSubscription('webhook-race'), by('system:webhook-command', 'cli-1'));
    const results = await Promise.all([
      webhookSubscriptions.disable('webhook-race', 'the receiver answered 410 Gone', by('system:outbox', 'out-1')),
      webhookSubscriptions.disable(
        'webhook-race',
        'disabled from the command line',
        by('system:webhook-command', 'cli-2'),
      ),
    ]);
    expect(results.map((subscription) => subscription?.status)).toEqual(['disabled', 'disabled']);
    const trail = await auditEvents.trailFor('webhook_subscription', 'webhook-race');
    expect(trail.map((event) => event.transition)).toEqual(['add', 'disable']);
    expect((await webhookSubscriptions.findById('webhook-race'))?.version).toBe(2);

    // Disabled already: nothing changes, nothing more is audited.
    await webhookSubscriptions.disable('webhook-race', 'again', by('system:webhook-command', 'cli-3'));
    expect(await auditEvents.trailFor('webhook_subscription', 'webhook-race')).toHaveLength(2);
  });

  it('only active subscriptions that listed an event hear of it', async () => {
    const { webhookSubscriptions } = database.stores;
    await webhookSubscriptions.add(
      { ...aSubscription('webhook-hears'), events: ['report.verified', 'action.overdue'] },
      by('system:webhook-command', 'cli-4'),
    );
    await webhookSubscriptions.add(
      { ...aSubscription('webhook-off'), events: ['action.overdue'] },
      by('system:webhook-command', 'cli-5'),
    );
    await webhookSubscriptions.disable(
      'webhook-off',
      'disabled from the command line',
      by('system:webhook-command', 'cli-6'),
    );
    expect((await webhookSubscriptions.hearingOf('action.overdue')).map((subscription) => subscription._id)).toEqual([
      'webhook-hears',
    ]);
    expect(await webhookSubscriptions.hearingOf('safeguarding.raised')).toEqual([]);
  });
});
