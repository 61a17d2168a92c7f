import { describe, expect, it } from 'vitest';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';
import { noticeReplySubmission } from '../../support/form-submissions.js';
import { teamsScene } from '../../support/scene.js';
import {
  botInstalled,
  cardIn,
  postActivity,
  textsOf,
  type TeamsConversation,
  registered,
} from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';

const tenantId = 'tenant-derbyshire';
const channel: TeamsConversation = { id: '19:chesterfield-notices@thread.tacv2', type: 'channel', tenantId };
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };
const liam = { aadObjectId: 'aad-liam', name: 'Liam Foster' };

const teams = teamsScene({
  now: new Date('2026-12-01T09:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(liam, { _id: 'person-liam', roles: ['staff'] }),
  ],
});
const { database, connector } = teams;

/** The reply counts as the card shows them: the number stands just above its label. */
function replyCounts(card: unknown) {
  const texts = textsOf(card);
  const countBefore = (label: string) => Number(texts[texts.indexOf(label) - 1]);
  return {
    attending: countBefore('Attending'),
    focusGroup: countBefore('Available for a focus group'),
    unavailable: countBefore('Unavailable'),
    notAnswered: countBefore('Not yet answered'),
  };
}

describe('a 48-hour notice in a Teams channel', () => {
  it('install → link the channel → notice posted → two people reply → the channel’s card shows both replies', async () => {
    const installed = await postActivity(teams.running.baseUrl, botInstalled(connector.serviceUrl, channel, priya));
    expect(installed.status).toBe(200);
    const greeting = teams.lastIn(channel);
    expect(textsOf(cardIn(greeting?.activity)).join(' ')).toMatch(/Challenge Day/);

    const linked = await teams.say(priya, channel, 'link this channel to Chesterfield');
    expect(linked.status).toBe(200);
    expect(teams.lastCardTextIn(channel)).toContain('This channel is now linked to Chesterfield');

    const day = await database.stores.challengeDays.create(
      aChallengeDay({ expectedAttendeeIds: ['person-jo', 'person-liam', 'person-helen'], auditTeamIds: [] }),
    );
    await database.stores.scheduledWork.schedule({
      _id: `notice:${day._id}`,
      kind: 'notice',
      dueAt: teams.running.clock.now,
      payload: { challengeDayId: day._id },
      status: 'pending',
      attempts: 0,
    });
    await teams.running.bot.tick();

    const posted = teams.lastIn(channel);
    expect(posted?.method).toBe('POST');
    expect(posted?.activityId).toBeUndefined(); // a new post in the channel, not a reply
    const noticeId = lastPostedId(channel.id);
    expect(replyCounts(cardIn(connector.message(noticeId)))).toEqual({
      attending: 0,
      focusGroup: 0,
      unavailable: 0,
      notAnswered: 3,
    });

    const joReplied = await teams.press(jo, channel, noticeId, 'notice.reply', {
      challengeDayId: day._id,
      ...noticeReplySubmission(),
    });
    expect(joReplied.status).toBe(200);
    expect(textsOf((joReplied.body.value as unknown) ?? {}).join(' ')).toContain(
      'Your reply to the Challenge Day notice',
    );
    const liamReplied = await teams.press(liam, channel, noticeId, 'notice.reply', {
      challengeDayId: day._id,
      kind: 'focus_group',
    });
    expect(liamReplied.status).toBe(200);

    expect(replyCounts(cardIn(connector.message(noticeId)))).toEqual({
      attending: 1,
      focusGroup: 1,
      unavailable: 0,
      notAnswered: 1,
    });
    expect(
      connector.callsTo(channel.id).filter((call) => call.method === 'PUT' && call.activityId === noticeId),
    ).toHaveLength(2);
  });

  it('someone answering “can’t make it” in the notice’s thread is recorded, and the notice shows it', async () => {
    await database.stores.people.save(
      aPerson({
        _id: 'person-helen',
        displayName: 'Helen Ward',
        roles: ['district_manager'],
        identities: { teamsAadObjectId: 'aad-helen' },
      }),
    );
    const noticeId = lastPostedId(channel.id);
    const thread: TeamsConversation = { ...channel, id: `${channel.id};messageid=${noticeId}` };

    await teams.say({ aadObjectId: 'aad-helen', name: 'Helen Ward' }, thread, 'can’t make it, sorry');

    expect(teams.lastIn(thread)?.activity.text).toBe('Thanks, Helen Ward — recorded as “Unavailable”.');
    expect(replyCounts(cardIn(connector.message(noticeId)))).toEqual({
      attending: 1,
      focusGroup: 1,
      unavailable: 1,
      notAnswered: 0,
    });
  });

  it('when the QA manager changes the day, the posted notice shows the change', async () => {
    const noticeId = lastPostedId(channel.id);
    const chat: TeamsConversation = { id: 'a:personal-priya', type: 'personal', tenantId };
    await teams.say(priya, chat, 'change the Challenge Day for Chesterfield');
    const form = cardIn(teams.lastIn(chat)?.activity);
    expect(JSON.stringify(form)).toContain('plan.update');
    expect(JSON.stringify(form)).toContain('Chesterfield Town Hall, Room 4'); // the form comes filled in

    const day = await database.stores.challengeDays.collection[driver].findOne({ districtId: 'chesterfield' });
    const saved = await teams.press(priya, chat, 'edit-form', 'plan.update', {
      challengeDayId: day?._id,
      districtId: 'chesterfield',
      date: '2026-12-03',
      startTime: '10:00',
      districtSite: 'Chesterfield Library, Meeting Room B',
      matSite: 'Staveley Centre',
      focusAreas: '2',
      intelligence: 'complaints',
      auditTeamIds: '',
      expectedAttendeeIds: 'person-jo,person-liam,person-helen',
    });
    expect(textsOf(saved.body.value).join(' ')).toContain('Challenge Day changed');
    await teams.settle();
    expect(JSON.stringify(cardIn(connector.message(noticeId)))).toContain('Chesterfield Library, Meeting Room B');
    expect(JSON.stringify(cardIn(connector.message(noticeId)))).toContain('starting 10:00');
  });

  it('when the QA manager cancels the day, the posted notice says so and offers no reply buttons', async () => {
    const noticeId = lastPostedId(channel.id);
    await teams.say(priya, channel, 'cancel the Challenge Day for Chesterfield');

    await teams.settle();
    const notice = cardIn(connector.message(noticeId));
    expect(textsOf(notice).join(' ')).toContain('Cancelled — this Challenge Day will not take place.');
    expect(JSON.stringify(notice)).not.toContain('notice.reply');
    const answered = await teams.press(jo, channel, noticeId, 'notice.reply', {
      challengeDayId: (await database.stores.challengeDays.collection[driver].findOne({}))?._id,
      ...noticeReplySubmission(),
    });
    expect(textsOf(answered.body.value).join(' ')).toContain('replies are closed');
  });

  it('text the bot does not understand gets a short answer with what was understood, not silence', async () => {
    const asked = await teams.say(priya, channel, 'what is the weather like');
    expect(asked.status).toBe(200);
    const answer = teams.lastIn(channel)?.activity;
    expect(textsOf(cardIn(answer)).join(' ')).toContain('I didn’t recognise a question in that.');
    expect(String(answer?.summary)).toMatch(/Try “/);
  });

  it('a body that is not an activity gets 400, not a server error', async () => {
    const malformed = await postActivity(teams.running.baseUrl, { type: 42, from: 'nobody' });
    expect(malformed.status).toBe(400);
    const notJson = await fetch(`${teams.running.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(notJson.status).toBe(400);
  });

  it('someone who is not registered and writes to the bot is told so', async () => {
    const stranger = { aadObjectId: 'aad-stranger', name: 'Pat Unknown' };
    await teams.say(stranger, channel, 'my actions');
    expect(teams.lastIn(channel)?.activity.text).toMatch(/You are not registered with the Challenge Day bot yet/);
  });

  it('someone who is not registered is told so, and nothing is stored', async () => {
    const stranger = { aadObjectId: 'aad-stranger', name: 'Pat Unknown' };
    const before = await database.stores.noticeReplies.collection[driver].countDocuments();
    const replied = await teams.press(stranger, channel, 'any-card', 'notice.reply', {
      challengeDayId: 'day-x',
      ...noticeReplySubmission(),
    });
    expect(replied.body).toMatchObject({ statusCode: 200, value: expect.stringContaining('You are not registered') });
    expect(await database.stores.noticeReplies.collection[driver].countDocuments()).toBe(before);
  });
});

function lastPostedId(conversationId: string): string {
  const posts = connector.callsTo(conversationId).filter((call) => call.method === 'POST' && !call.activityId);
  return posts.at(-1)?.id ?? '';
}
