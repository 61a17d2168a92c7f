import { describe, expect, it } from 'vitest';
import { aChallengeDay } from '../../support/fixtures.js';
import { noticeDueNow } from '../../support/notice-due.js';
import { teamsScene } from '../../support/scene.js';
import { cardIn, registered, textsOf, type TeamsConversation } from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';

const tenantId = 'tenant-derbyshire';
const firstChannel: TeamsConversation = { id: '19:chesterfield-notices@thread.tacv2', type: 'channel', tenantId };
/** Linked after the notice went out, as the playground's channel may be. */
const laterChannel: TeamsConversation = { id: '19:chesterfield-later@thread.tacv2', type: 'channel', tenantId };
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };
const liam = { aadObjectId: 'aad-liam', name: 'Liam Foster' };
const priyasChat: TeamsConversation = { id: 'a:personal-priya', type: 'personal', tenantId };
const josChat: TeamsConversation = { id: 'a:personal-jo', type: 'personal', tenantId };

const teams = teamsScene({
  now: new Date('2026-12-01T09:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(liam, { _id: 'person-liam', roles: ['staff'] }),
  ],
});
const { database, connector } = teams;

/** The notices the bot posted as new messages in a channel, by their ids. */
function postedIn(channel: TeamsConversation): string[] {
  return connector
    .callsTo(channel.id)
    .filter(
      (call) => call.method === 'POST' && !call.activityId && JSON.stringify(call.activity).includes('notice.reply'),
    )
    .map((call) => call.id ?? '');
}

/** The number shown above a count's label on a posted copy of the notice. */
function attendingOn(messageId: string): number {
  const texts = textsOf(cardIn(connector.message(messageId)));
  return Number(texts[texts.indexOf('Attending') - 1]);
}

async function outboxCount(): Promise<number> {
  return database.stores.outbox.collection[driver].countDocuments({});
}

describe('posting the 48-hour notice again', () => {
  it('the QA manager asks in her chat: the notice goes again to every channel linked to the district, the later one included, and it is audited', async () => {
    await teams.say(priya, firstChannel, 'link this channel to Chesterfield');
    const day = await database.stores.challengeDays.create(
      aChallengeDay({
        plannedById: 'person-priya',
        expectedAttendeeIds: ['person-jo', 'person-liam'],
        auditTeamIds: [],
      }),
    );
    await noticeDueNow(database.stores, day, teams.running.clock.now);
    await teams.running.bot.tick();
    expect(postedIn(firstChannel)).toHaveLength(1);
    await teams.say(priya, laterChannel, 'link this channel to Chesterfield');
    expect(postedIn(laterChannel)).toHaveLength(0);

    const asked = await teams.say(priya, priyasChat, 'post the notice again');
    await teams.running.bot.tick();

    expect(asked.status).toBe(200);
    expect(teams.lastCardTextIn(priyasChat)).toContain('48-hour notice posted again: Chesterfield, Thu 3 Dec 2026');
    expect(postedIn(laterChannel)).toHaveLength(1);
    expect(postedIn(firstChannel)).toHaveLength(2);
    const audit = (await database.stores.auditEvents.trailFor('challenge_day', day._id)).filter(
      (event) => event.transition === 'notice_posted_again',
    );
    expect(audit.map((event) => event.actorId)).toEqual(['person-priya']);
  });

  it('answers on either copy count once for the same person and day, and every copy shows the count', async () => {
    const day = await database.stores.challengeDays.collection[driver].findOne({ districtId: 'chesterfield' });
    const [later] = postedIn(laterChannel);
    const [first, again] = postedIn(firstChannel);

    await teams.press(jo, laterChannel, later ?? '', 'notice.reply', { challengeDayId: day?._id, kind: 'attending' });
    await teams.press(jo, firstChannel, first ?? '', 'notice.reply', { challengeDayId: day?._id, kind: 'attending' });
    await teams.overhear(liam, { ...laterChannel, id: `${laterChannel.id};messageid=${later}` }, 'yes I’ll be there');

    const replies = await database.stores.noticeReplies.collection[driver].find({}).toArray();
    expect(replies.map((reply) => reply.personId).sort()).toEqual(['person-jo', 'person-liam']);
    for (const copy of [first, again, later]) expect(attendingOn(copy ?? '')).toBe(2);
  });

  it('staff asking to post the notice again are told why and who can, by name, and nothing is queued', async () => {
    const before = await outboxCount();

    await teams.say(jo, josChat, 'send the notice again for Chesterfield');
    await teams.running.bot.tick();

    expect(teams.lastCardTextIn(josChat)).toContain(
      'Only a QA manager, or whoever planned the day, can post its notice again. Ask Priya Patel, who planned it.',
    );
    expect(await outboxCount()).toBe(before);
  });

  it('a district the bot does not know is not guessed at, nor its words said back, and nothing is queued', async () => {
    const before = await outboxCount();

    await teams.say(priya, priyasChat, 'repost the notice for Glossopdale');

    expect(teams.lastCardTextIn(priyasChat)).toContain(
      'That is not a district or a date I know. Say e.g. “post the notice again for Chesterfield”.',
    );
    expect(await outboxCount()).toBe(before);
  });

  it('with no notice out, the QA manager is told so and nothing is queued', async () => {
    await database.stores.challengeDays.collection[driver].updateMany({}, { $set: { status: 'planned' } });
    const before = await outboxCount();

    await teams.say(priya, priyasChat, 'post the notice again for Chesterfield');

    expect(teams.lastCardTextIn(priyasChat)).toContain(
      'No Challenge Day you may know of has its 48-hour notice out now, so there is no notice to post again.',
    );
    expect(await outboxCount()).toBe(before);
  });
});
