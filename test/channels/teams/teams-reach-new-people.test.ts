import { describe, expect, it } from 'vitest';
import { aChallengeDay, actionAssigned, aDistrict, anAction } from '../../support/fixtures.js';
import { caseFindingGrades, caseFindingSubmission } from '../../support/form-submissions.js';
import { queueDeliveries } from '../../../src/outbox/queue-deliveries.js';
import { personalChat as chatOf, teamsScene, teamsUser } from '../../support/scene.js';
import {
  aTeamsChannelLink,
  BOT,
  cardIn,
  factsOf,
  registered,
  textsOf,
  type TeamsConversation,
} from '../../support/teams-activities.js';

/*
 * People who never wrote to the bot in Teams: the outbox opens their one-to-one chat itself (Bot Connector
 * create conversation, through the Chesterfield channel the bot is in), remembers it and sends; someone the
 * bot cannot reach at all is kept as a failed delivery, named on the sender's receipt, and sent to once they
 * write to the bot.
 */

const tenantId = 'tenant-derbyshire';
const priya = teamsUser('priya', 'Priya Patel'); // QA manager, has written to the bot
const dan = teamsUser('dan', 'Dan Reeves'); // auditor
const martin = teamsUser('martin', 'Martin Cole'); // district manager, never wrote
const jo = teamsUser('jo', 'Jo Bennett'); // owns an action, never wrote
const kim = teamsUser('kim', 'Kim Shaw'); // owns an action; the app is installed in no team of hers
const lou = teamsUser('lou', 'Lou Grant'); // owns an action; Teams is throttling
const ray = teamsUser('ray', 'Ray Dunn'); // owns an action; the instance opening his chat dies
const channel: TeamsConversation = { id: '19:chesterfield@thread.tacv2', type: 'channel', tenantId };
let dayId = '';

const teams = teamsScene({
  now: new Date('2026-12-03T11:00:00Z'),
  districts: [
    aDistrict(),
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'High Peak MAT', aliases: [] }),
  ],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'] }),
    registered(martin, { _id: 'person-martin', roles: ['district_manager'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(kim, { _id: 'person-kim', roles: ['staff'] }),
    registered(lou, { _id: 'person-lou', roles: ['staff'] }),
    registered(ray, { _id: 'person-ray', roles: ['staff'] }),
    registered(teamsUser('vic', 'Vic Hale'), { _id: 'person-vic', roles: ['staff'], identities: {} }),
    // Registered by name only: no Teams or Slack account is known for him.
    registered(teamsUser('sam', 'Sam Hurst'), { _id: 'person-sam', roles: ['district_manager'], identities: {} }),
  ],
  seed: async () => {
    dayId = (
      await database.stores.challengeDays.create(aChallengeDay({ status: 'in_progress', auditTeamIds: ['person-dan'] }))
    )._id;
    await database.stores.conversationLinks.remember(aTeamsChannelLink(channel, connector.serviceUrl));
    await teams.say(priya, chatOf(priya), 'hello');
  },
});
const { database, connector } = teams;

/** A finding that raises an immediate safeguarding concern: the QA and district managers are alerted. */
const concern = () => ({
  challengeDayId: dayId,
  ...caseFindingSubmission(),
  ...caseFindingGrades('inadequate', {
    safeguardingConcern: 'true',
    safeguardingReason: 'No visit for eight weeks while on a child protection plan',
  }),
});

const posts = (who: typeof jo) => connector.callsTo(chatOf(who).id).filter((call) => call.method === 'POST');

/** An action given to its owner, as the outbox is told when a report is verified. */
async function assignAction(ownerId: string) {
  const action = await database.stores.actions.create(anAction({ ownerId, challengeDayId: dayId }));
  await teams.deliverNow([actionAssigned(action)]);
}

async function failedDeliveriesAsked() {
  await teams.say(priya, chatOf(priya), 'show failed deliveries');
  const card = cardIn(teams.lastIn(chatOf(priya))?.activity);
  return [...textsOf(card), ...factsOf(card)].join(' ');
}

describe('a safeguarding alert to managers who never wrote to the bot', () => {
  it('opens the district manager’s chat, sends the alert there, and the receipt names who was reached and who was not', async () => {
    const answer = await teams.press(dan, chatOf(dan), 'finding-card', 'finding.submit', concern());
    await teams.settle();

    const receipt = textsOf(answer.body.value).join(' ');
    expect(receipt).toContain('Safeguarding concern recorded. Alerted: Priya Patel, Martin Cole.');
    expect(receipt).toContain(
      'Could not reach: Sam Hurst — the bot knows no Teams or Slack account of theirs; tell them directly.',
    );
    expect(connector.creates.filter((create) => create.member === martin.aadObjectId)).toEqual([
      expect.objectContaining({
        tenantId,
        conversationId: chatOf(martin).id,
        body: expect.objectContaining({
          isGroup: false,
          members: [expect.objectContaining({ id: martin.aadObjectId })],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        }),
      }),
    ]);
    expect(await database.stores.conversationLinks.findByConversation('teams', chatOf(martin).id)).toMatchObject({
      kind: 'personal',
      personId: 'person-martin',
      status: 'active',
    });
    expect(posts(martin)).toHaveLength(1);
    expect(textsOf(cardIn(posts(martin)[0]?.activity)).join(' ')).toMatch(/safeguarding/i);
    // Priya had written to the bot: her chat is used as it is, nothing is created for her.
    expect(connector.creates.some((create) => create.member === priya.aadObjectId)).toBe(false);
  });

  it('lists the alert that reached nobody in “show failed deliveries”, with why', async () => {
    const listed = await failedDeliveriesAsked();

    expect(listed).toContain('1 failed delivery');
    expect(listed).toMatch(/the immediate safeguarding alert → Sam Hurst/);
    expect(listed).toContain('Not delivered: the bot has no way to reach them; it is sent when they write to the bot');
  });

  it('sends the alert to him once his Teams account is registered and he writes to the bot', async () => {
    const sam = teamsUser('sam', 'Sam Hurst');
    const person = await database.stores.people.findById('person-sam');
    await database.stores.people.save({ ...person!, identities: { teamsAadObjectId: sam.aadObjectId } });

    await teams.say(sam, chatOf(sam), 'hello');
    await teams.settle();

    const alerts = () => posts(sam).filter((call) => /safeguarding/i.test(textsOf(cardIn(call.activity)).join(' ')));
    expect(alerts()).toHaveLength(1);
    expect(await failedDeliveriesAsked()).toContain('No failed deliveries');

    // The same alert queued again (a retried submission) is not sent to him a second time.
    const [finding] = await database.stores.caseFindings.forChallengeDay(dayId);
    await teams.deliverNow([
      {
        key: `safeguarding:${finding!._id}`,
        notification: { kind: 'safeguarding_alert', caseFindingId: finding!._id },
        destination: { kind: 'person', personId: 'person-sam' },
      },
    ]);
    expect(alerts()).toHaveLength(1);
  });
});

describe('an action card to an owner who never wrote to the bot', () => {
  it('arrives once in the chat the bot opens, also when the answer to the first create was lost', async () => {
    connector.failNext({ status: 502, afterAccepting: true, member: jo.aadObjectId });

    await assignAction('person-jo');
    expect(posts(jo)).toHaveLength(0); // the create is tried again after a short wait
    await teams.later(5_000);

    const creates = connector.creates.filter((create) => create.member === jo.aadObjectId);
    expect(creates).toHaveLength(2);
    expect(new Set(creates.map((create) => create.conversationId))).toEqual(new Set([chatOf(jo).id]));
    expect(posts(jo)).toHaveLength(1);
    expect(textsOf(cardIn(posts(jo)[0]?.activity)).join(' ')).toContain('Record the child’s wishes');
    const links = await database.stores.conversationLinks.personalChatsOf('person-jo');
    expect(links.map((link) => link.conversationId)).toEqual([chatOf(jo).id]);

    await teams.later(600_000);
    expect(posts(jo)).toHaveLength(1);
  });

  it('waits out a 429 to the create as Teams asked, then opens the chat and posts once', async () => {
    connector.failNext({ status: 429, retryAfterSeconds: 3, member: lou.aadObjectId });

    await assignAction('person-lou');
    expect(connector.creates.some((create) => create.member === lou.aadObjectId)).toBe(false);
    expect(connector.requests.filter((request) => request.status === 429)).toHaveLength(1);
    await teams.later(1_000);
    expect(posts(lou)).toHaveLength(0); // Retry-After is not over yet
    await teams.later(3_000);

    expect(connector.creates.filter((create) => create.member === lou.aadObjectId)).toHaveLength(1);
    expect(posts(lou)).toHaveLength(1);
  });

  it('an instance that died after Teams opened the chat and before posting leaves the card to be posted once', async () => {
    const action = await database.stores.actions.create(anAction({ ownerId: 'person-ray', challengeDayId: dayId }));
    // The instance that died: it queued and claimed the card, and Teams created the chat for it.
    const now = teams.running.clock.now;
    await queueDeliveries(database.stores, [actionAssigned(action)], now);
    const claimed = await database.stores.outbox.claimReady(now, 'dead-instance', new Date(now.getTime() + 60_000));
    expect(claimed).toMatchObject({ personId: 'person-ray', openChatWith: ray.aadObjectId });
    const created = await fetch(`${connector.serviceUrl}v3/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ isGroup: false, bot: BOT, members: [{ id: ray.aadObjectId }], tenantId }),
    });
    expect(created.status).toBe(201);

    await teams.later(61_000); // its lease runs out

    const creates = connector.creates.filter((create) => create.member === ray.aadObjectId);
    expect(creates.map((create) => create.conversationId)).toEqual([chatOf(ray).id, chatOf(ray).id]);
    expect(posts(ray)).toHaveLength(1);
    await teams.later(600_000);
    expect(posts(ray)).toHaveLength(1);
  });

  it('to an owner with no account, is sent in a chat the bot opens once her Teams account is registered', async () => {
    const vic = teamsUser('vic', 'Vic Hale');
    await assignAction('person-vic');
    expect(await failedDeliveriesAsked()).toMatch(
      /their action card → Vic Hale: Not delivered: the bot has no way to reach/,
    );

    const person = await database.stores.people.findById('person-vic');
    await database.stores.people.save({ ...person!, identities: { teamsAadObjectId: vic.aadObjectId } });
    await teams.running.bot.tick();
    await teams.settle();

    expect(connector.creates.filter((create) => create.member === vic.aadObjectId)).toHaveLength(1);
    expect(posts(vic)).toHaveLength(1);
    expect(await failedDeliveriesAsked()).not.toContain('Vic Hale');
    await teams.running.bot.tick();
    await teams.later(600_000);
    expect(posts(vic)).toHaveLength(1);
  });

  it('is kept as failed when Teams will not open the chat (the app is in no team of hers), and sent once she writes', async () => {
    connector.failNext({ status: 403, member: kim.aadObjectId });

    await assignAction('person-kim');

    expect(posts(kim)).toHaveLength(0);
    const listed = await failedDeliveriesAsked();
    expect(listed).toMatch(/their action card → Teams, Kim Shaw/);
    expect(listed).toContain('Not delivered: the bot could not open a chat with them');
    expect(listed).toContain('the Challenge Day app is not installed for them in Teams');

    await teams.say(kim, chatOf(kim), 'hello');
    await teams.settle();
    expect(
      posts(kim).filter((call) => /Record the child’s wishes/.test(textsOf(cardIn(call.activity)).join(' '))),
    ).toHaveLength(1);
  });
});

describe('a district message when the district has no linked channel', () => {
  it('is listed as failed with why, and posted in the channel as soon as one is linked', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({
        districtId: 'high-peak',
        matLocality: 'High Peak MAT',
        auditTeamIds: [],
        expectedAttendeeIds: [],
      }),
    );
    await teams.deliverNow([
      {
        key: `notice:${day._id}`,
        notification: { kind: 'challenge_day_notice', challengeDayId: day._id },
        destination: { kind: 'district_channels', districtId: 'high-peak', audiences: ['district'] },
      },
    ]);

    expect(await failedDeliveriesAsked()).toMatch(
      /the Challenge Day notice → High Peak’s channels: Not delivered: no channel is linked to the district/,
    );

    const highPeak: TeamsConversation = { id: '19:high-peak@thread.tacv2', type: 'channel', tenantId };
    await teams.say(priya, highPeak, 'link this channel to High Peak');
    await teams.settle();

    const proactive = connector.callsTo(highPeak.id).filter((call) => call.method === 'POST' && !call.activityId);
    expect(proactive).toHaveLength(1);
    expect(textsOf(cardIn(proactive[0]?.activity)).join(' ')).toMatch(/High Peak/);
    expect(await failedDeliveriesAsked()).toContain('No failed deliveries');
  });
});
