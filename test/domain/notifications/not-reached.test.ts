import { describe, expect, it } from 'vitest';
import { notReachedDelivery } from '../../../src/domain/notifications/not-reached.js';
import type { OutboxEntry } from '../../../src/domain/notifications/outbox-entry.js';

const failed: OutboxEntry = {
  _id: 'out-1',
  key: 'safeguarding:finding-1',
  notification: { kind: 'safeguarding_alert', caseFindingId: 'finding-1' },
  platform: 'teams',
  conversationId: 'person:person-martin',
  personId: 'person-martin',
  senderId: 'person-dan',
  status: 'failed',
  failedBecause: 'cannot_open_chat',
  attempts: 1,
  nextAttemptAt: new Date('2026-12-03T11:00:00Z'),
  createdAt: new Date('2026-12-03T11:00:00Z'),
};

describe('telling the sender that a personal message did not reach its person', () => {
  it('goes to whoever caused it, once per failed message, naming that message', () => {
    expect(notReachedDelivery(failed)).toEqual({
      key: 'not-reached:out-1',
      notification: { kind: 'not_reached', outboxEntryId: 'out-1' },
      destination: { kind: 'person', personId: 'person-dan' },
    });
  });

  it('is nothing for a message with no sender, or one the person caused themselves', () => {
    const { senderId: _none, ...unsent } = failed;
    expect(notReachedDelivery(unsent)).toBeNull();
    expect(notReachedDelivery({ ...failed, senderId: 'person-martin' })).toBeNull();
  });
});
