import { describe, expect, it } from 'vitest';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';
import { noticeReplySubmission } from '../../support/form-submissions.js';
import { teamsScene } from '../../support/scene.js';
import {
  botInstalled,
  cardIn,
  factsOf,
  message,
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
      ...noticeReplySubmission({ caseReference: 'CR-104233' }),
    });
    expect(joReplied.status).toBe(200);
    // Jo sees the notice itself, with Jo's answer on it and the way to change it.
    const josView = joReplied.body.value as Record<string, unknown>;
    expect(textsOf(josView)).toEqual(expect.arrayContaining(['Your answer: Attending', 'Case to discuss: CR-104233']));
    expect(factsOf(josView)).toEqual(
      expect.arrayContaining(['Date: Thu 3 Dec 2026, starting 09:30', 'District site: Chesterfield Town Hall, Room 4']),
    );
    expect(actionTitles(josView)).toEqual(['Change my answer']);
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
    // The channel's copy is still the whole notice, for everyone, with nobody's answer on it.
    const everyones = cardIn(connector.message(noticeId));
    expect(factsOf(everyones)).toEqual(noticeFacts);
    expect(textsOf(everyones).join(' ')).not.toContain('Your answer');
    expect(actionTitles(everyones)).toEqual(replyButtons);
  });

  it('Change my answer opens the reply form as answered; the new answer replaces the old one and the counts move', async () => {
    const noticeId = lastPostedId(channel.id);
    const day = await database.stores.challengeDays.collection[driver].findOne({ districtId: 'chesterfield' });
    const form = await teams.press(jo, channel, noticeId, 'form.open', {
      form: 'notice.reply',
      challengeDayId: day?._id,
    });
    expect(JSON.stringify(form.body.value)).toContain('"id":"kind"');
    expect(JSON.stringify(form.body.value)).toContain('"value":"attending"');

    const changed = await teams.press(jo, channel, noticeId, 'notice.reply', {
      challengeDayId: day?._id,
      kind: 'unavailable',
      caseReference: '',
      note: '',
    });

    expect(textsOf(changed.body.value)).toContain('Your answer: Unavailable');
    expect(await answersOf('person-jo')).toEqual(['unavailable']);
    expect(channelCounts()).toEqual({
      attending: 0,
      focusGroup: 1,
      unavailable: 1,
      notAnswered: 1,
    });
    expect(factsOf(cardIn(connector.message(noticeId)))).toEqual(noticeFacts);
  });

  it('someone answering “can’t make it” in the notice’s thread, without @mentioning the bot, is recorded, and the notice shows it', async () => {
    await database.stores.people.save(
      aPerson({
        _id: 'person-helen',
        displayName: 'Helen Ward',
        roles: ['district_manager'],
        identities: { teamsAadObjectId: 'aad-helen' },
      }),
    );
    const answered = await teams.overhear(
      { aadObjectId: 'aad-helen', name: 'Helen Ward' },
      noticeThread(),
      'can’t make it, sorry',
    );

    expect(answered.status).toBe(200);
    expect(teams.lastIn(noticeThread())?.activity.text).toBe(
      'Thanks, Helen Ward. You answered “Unavailable” for the Challenge Day in Chesterfield on Thu 3 Dec 2026. To change it, write another answer here or use the notice’s buttons.',
    );
    expect(channelCounts()).toEqual({
      attending: 0,
      focusGroup: 1,
      unavailable: 2,
      notAnswered: 0,
    });
  });

  it('an answer changed in the thread replaces the earlier one, and the counts move', async () => {
    await teams.overhear(jo, noticeThread(), 'yes I’ll be there');

    expect(teams.lastIn(noticeThread())?.activity.text).toContain(
      'You answered “Attending” for the Challenge Day in Chesterfield',
    );
    expect(await answersOf('person-jo')).toEqual(['attending']);
    expect(channelCounts()).toEqual({
      attending: 1,
      focusGroup: 1,
      unavailable: 1,
      notAnswered: 0,
    });
  });

  it('someone not registered answering under the notice without an @mention is told so, and nothing is recorded', async () => {
    const before = await database.stores.noticeReplies.collection[driver].countDocuments();

    await teams.overhear({ aadObjectId: 'aad-stranger', name: 'Pat Unknown' }, noticeThread(), 'yes');

    expect(teams.lastIn(noticeThread())?.activity.text).toMatch(
      /You are not registered with the Challenge Day bot yet/,
    );
    expect(await database.stores.noticeReplies.collection[driver].countDocuments()).toBe(before);
  });

  it('someone of another district answering under the notice is told why and who can help, and nothing is recorded', async () => {
    await database.stores.people.save(
      aPerson({
        _id: 'person-eve',
        displayName: 'Eve Marsh',
        roles: ['staff'],
        districtIds: ['erewash'],
        identities: { teamsAadObjectId: 'aad-eve' },
      }),
    );
    const stored = () =>
      Promise.all(
        [database.stores.noticeReplies, database.stores.auditEvents].map((store) =>
          store.collection[driver].countDocuments(),
        ),
      );
    const before = await stored();

    await teams.overhear({ aadObjectId: 'aad-eve', name: 'Eve Marsh' }, noticeThread(), 'yes, I’ll be there');

    expect(teams.lastIn(noticeThread())?.activity.text).toBe(
      'You are not named on this Challenge Day and do not work in its district, so your answer was not recorded. Ask a QA manager, Priya Patel.',
    );
    expect(await stored()).toEqual(before);
  });

  it('from a Teams client older than Adaptive Cards 1.5, the answer posted in the channel is the receipt naming the day, not anyone’s view of the notice', async () => {
    const noticeId = lastPostedId(channel.id);
    const day = await database.stores.challengeDays.collection[driver].findOne({ districtId: 'chesterfield' });
    const olderClient = {
      ...message(connector.serviceUrl, channel, liam, '', { mentionBot: false }),
      text: undefined,
      replyToId: noticeId,
      value: { verb: 'notice.reply', challengeDayId: day?._id, kind: 'attending' },
    };

    expect((await postActivity(teams.running.baseUrl, olderClient)).status).toBe(200);

    const answer = teams.lastIn(channel)?.activity;
    expect(answer?.summary).toBe('You answered “Attending” for the Challenge Day in Chesterfield on Thu 3 Dec 2026.');
    expect(actionTitles(cardIn(answer))).toEqual(['Change my answer']);
    expect(factsOf(cardIn(answer))).toEqual([]); // not a copy of the notice
    expect(await answersOf('person-liam')).toEqual(['attending']);
    expect(factsOf(cardIn(connector.message(noticeId)))).toEqual(noticeFacts);
  });

  it('a message that does not @mention the bot and is not an answer under a notice gets no answer and records nothing', async () => {
    const noticeId = lastPostedId(channel.id);
    const linkedMessageId = connector
      .callsTo(channel.id)
      .find((call) => call.method === 'POST' && call.id !== noticeId)?.id;
    const elsewhere: TeamsConversation[] = [
      channel, // a new post in the channel
      { ...channel, id: `${channel.id};messageid=1733137200000` }, // the thread of someone's message
      { ...channel, id: `${channel.id};messageid=${linkedMessageId}` }, // the thread of another message of the bot's
      { id: '19:team-chat@thread.v2', type: 'groupChat', tenantId },
    ];
    const stored = async () =>
      Promise.all(
        [
          database.stores.noticeReplies,
          database.stores.conversationLinks,
          database.stores.people,
          database.stores.auditEvents,
        ].map((store) => store.collection[driver].countDocuments()),
      );
    const before = await stored();
    const calls = connector.calls.length;

    for (const where of elsewhere) {
      for (const text of ['yes', 'help', 'my actions']) {
        expect((await teams.overhear(jo, where, text)).status).toBe(200);
      }
      expect((await teams.overhear({ aadObjectId: 'aad-stranger', name: 'Pat Unknown' }, where, 'yes')).status).toBe(
        200,
      );
    }
    // Under the notice itself, talk that is not an answer is left alone too.
    await teams.overhear(jo, noticeThread(), 'what time is lunch?');
    await teams.overhear({ aadObjectId: 'aad-stranger', name: 'Pat Unknown' }, noticeThread(), 'is there parking?');

    expect(connector.calls).toHaveLength(calls);
    expect(await stored()).toEqual(before);
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

const noticeFacts = [
  'Date: Thu 3 Dec 2026, starting 09:30',
  'District site: Chesterfield Town Hall, Room 4',
  'MAT site: Staveley Centre',
  expect.stringMatching(/^Jo Bennett: /),
  expect.stringMatching(/^Liam Foster: /),
  expect.stringMatching(/: Expected to attend$/),
];
const replyButtons = ['Attending', 'Available for a focus group', 'Unavailable', 'Reply with a case or a note'];

function actionTitles(card: Record<string, unknown> | undefined): string[] {
  return ((card?.actions ?? []) as { title: string }[]).map((action) => action.title);
}

/** A person's stored answers to the notice: one, however often they answer. */
async function answersOf(personId: string) {
  return (await database.stores.noticeReplies.collection[driver].find({ personId }).toArray()).map(
    (reply) => reply.kind,
  );
}

/** The thread under the notice in the channel. */
function noticeThread(): TeamsConversation {
  return { ...channel, id: `${channel.id};messageid=${lastPostedId(channel.id)}` };
}

/** The reply counts on the channel's copy of the notice, which everyone sees. */
function channelCounts() {
  return replyCounts(cardIn(connector.message(lastPostedId(channel.id))));
}

function lastPostedId(conversationId: string): string {
  const posts = connector.callsTo(conversationId).filter((call) => call.method === 'POST' && !call.activityId);
  return posts.at(-1)?.id ?? '';
}
