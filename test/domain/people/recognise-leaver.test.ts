import { describe, expect, it } from 'vitest';
import { identifyPerson, LEFT_MESSAGE } from '../../../src/domain/people/identify-person.js';
import { leftMessage } from '../../../src/domain/people/not-registered.js';
import { recogniseSender } from '../../../src/domain/people/recognise-sender.js';
import { senderRecords } from '../../../src/store/sender-records.js';
import { aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-07T10:00:00Z');
const leftAt = new Date('2026-12-03T16:30:00Z');
const rules = { bootstrapAdminEmails: ['helen.ward@derbyshire.gov.uk'], now, newPersonId: () => 'person-new' };

describe('someone recorded as having left', () => {
  it('is refused when their linked account writes, told which current QA managers can correct it', async () => {
    await database.stores.people.save(
      aPerson({ _id: 'person-priya', displayName: 'Priya Shah', roles: ['qa_manager'] }),
    );
    await database.stores.people.save(
      aPerson({ _id: 'person-old-qa', displayName: 'Olga Old', roles: ['qa_manager'], leftAt }),
    );
    await database.stores.people.save(
      aPerson({ _id: 'person-helen', displayName: 'Helen Ward', identities: { slackUserId: 'U-HELEN' }, leftAt }),
    );

    const recognised = await recogniseSender(
      senderRecords(database.stores),
      { platform: 'slack', platformUserId: 'U-HELEN' },
      () => Promise.resolve(undefined),
      rules,
    );

    expect(recognised).toMatchObject({
      ok: false,
      error: {
        reason: 'not_registered',
        userMessage:
          'Your record says you left the service on Thu 3 Dec 2026, so the Challenge Day bot no longer acts for you: if that is wrong, ask your QA manager, Priya Shah, to change it.',
      },
    });
    expect(
      await identifyPerson(database.stores.people, { platform: 'slack', platformUserId: 'U-HELEN' }),
    ).toMatchObject({ ok: false, error: { userMessage: LEFT_MESSAGE } });
  });

  it('who never wrote before is refused by their email, and their account is not linked (nor made a QA manager)', async () => {
    await database.stores.people.save(
      aPerson({ _id: 'person-helen', displayName: 'Helen Ward', email: 'helen.ward@derbyshire.gov.uk', leftAt }),
    );

    const recognised = await recogniseSender(
      senderRecords(database.stores),
      { platform: 'teams', platformUserId: 'aad-helen' },
      () => Promise.resolve({ email: 'Helen.Ward@derbyshire.gov.uk', displayName: 'Helen Ward' }),
      rules,
    );

    expect(recognised.ok).toBe(false);
    expect((await database.stores.people.findById('person-helen'))?.identities).toEqual({});
    expect(await database.stores.people.findById('person-new')).toBeNull();
  });

  it('with no QA manager left to ask is sent to whoever runs the bot', () => {
    expect(leftMessage(leftAt, [])).toContain('ask whoever runs the bot for your county to change it.');
  });
});
