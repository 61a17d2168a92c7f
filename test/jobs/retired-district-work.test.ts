import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { performanceSummaryMessage } from '../../src/interactions/present/performance-summary-card.js';
import { sendDigestWhenDue } from '../../src/jobs/send-digest.js';
import { createLogger } from '../../src/logger.js';
import { driver } from '../../src/store/driver-collection.js';
import { aConversationLink, aDistrict, anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

/*
 * A district retired after its work was planned: this week's digest, already scheduled, is not sent; the
 * monthly summary still shows a retired district whose actions are overdue, and leaves out one with none.
 */
const database = useTestDatabase();
const now = new Date('2033-01-17T09:00:00Z');
const retiredAt = new Date('2033-01-10T12:00:00Z');
const queued = (key: string) => database.stores.outbox.collection[driver].find({ key }).toArray();

async function districtWithOverdueAction(id: string, name: string, retired: boolean) {
  const { stores } = database;
  await stores.districts.save(aDistrict({ _id: id, name, aliases: [], ...(retired ? { retiredAt } : {}) }));
  await stores.conversationLinks.remember(aConversationLink({ districtId: id }));
  await stores.actions.create(
    anAction({ _id: `action-${id}`, districtId: id, dueDate: calendarDateFromIso('2033-01-03'), what: 'Late one' }),
  );
}

describe('work planned for a district that is then retired', () => {
  it('its weekly digest is not sent, while a district in use with the same actions gets one', async () => {
    await districtWithOverdueAction('in-use', 'In Use', false);
    await districtWithOverdueAction('retired', 'Retired Since', true);
    const send = sendDigestWhenDue(database.stores, createLogger('silent'));

    for (const districtId of ['in-use', 'retired']) {
      await send(
        {
          _id: `digest:${districtId}:2033-W03`,
          kind: 'digest',
          dueAt: now,
          payload: { districtId, week: '2033-W03' },
          status: 'pending',
          attempts: 1,
        },
        now,
      );
    }

    expect(await queued('digest:in-use:2033-W03')).toHaveLength(1);
    expect(await queued('digest:retired:2033-W03')).toHaveLength(0);
  });

  it('the monthly summary still shows a retired district with an overdue action, but not one with no actions', async () => {
    await database.stores.districts.save(
      aDistrict({ _id: 'quiet', name: 'Retired And Quiet', aliases: [], retiredAt }),
    );

    const summary = await performanceSummaryMessage(database.stores, '2032-12', now);

    const card = JSON.stringify(summary.card);
    expect(card).toContain('In Use');
    expect(card).toContain('Retired Since');
    expect(card).not.toContain('Retired And Quiet');
  });
});
