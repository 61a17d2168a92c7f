import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/domain/people/person.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { actionAssigned, aDistrict, anAction } from '../../support/fixtures.js';
import { buttonsOf } from '../../support/card-buttons.js';
import { requestDateChangeSubmission } from '../../support/form-submissions.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import {
  aTeamsChannelLink,
  cardAction,
  cardIn,
  postActivity,
  registered,
  textsOf,
  type TeamsConversation,
  type TeamsUser,
} from '../../support/teams-activities.js';

/*
 * An action card posted in a Teams channel shows each viewer the buttons their role allows: the card names
 * the owner and the managers who may decide on it in its `refresh`, and Teams asks the bot for each one's
 * own view (`adaptiveCard/action` with `trigger: automatic`). Anyone else sees the card without buttons.
 */

const channel: TeamsConversation = {
  id: '19:chesterfield-actions@thread.tacv2',
  type: 'channel',
  tenantId: 'tenant-derbyshire',
};

const jo = teamsUser('jo', 'Jo Bennett'); // owns the action
const helen = teamsUser('helen', 'Helen Ward'); // Jo's manager, Chesterfield's district manager
const grace = teamsUser('grace', 'Grace Okafor'); // Chesterfield's senior manager
const liam = teamsUser('liam', 'Liam Foster'); // staff in Chesterfield
const erin = teamsUser('erin', 'Erin Walsh'); // staff in Erewash
const lee = teamsUser('lee', 'Lee Carter'); // left Chesterfield last month
const visitor = teamsUser('visitor', 'Vic Visitor'); // in the channel, unknown to the bot
const priya = teamsUser('priya', 'Priya Shah'); // QA manager, manages every district's plan

const teams = teamsScene({
  now: new Date('2026-12-01T10:00:00Z'),
  districts: [aDistrict(), aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    registered(jo, { _id: 'person-jo', roles: ['staff'], managerId: 'person-helen' }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(grace, { _id: 'person-grace', roles: ['senior_manager'] }),
    registered(liam, { _id: 'person-liam', roles: ['staff'] }),
    registered(erin, { _id: 'person-erin', roles: ['staff'], districtIds: ['erewash'] }),
    registered(lee, { _id: 'person-lee', roles: ['staff'], leftAt: new Date('2026-11-01T17:00:00Z') }),
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
  ],
  seed: async () => {
    await teams.database.stores.conversationLinks.remember(
      aTeamsChannelLink(channel, teams.serviceUrl, { districtId: 'chesterfield' }),
    );
    // Each has written to the bot, so it holds the Teams user id they write with.
    for (const who of [jo, helen, grace, liam, priya]) await teams.say(who, personalChat(who), 'hello');
  },
});
const { database, connector } = teams;

/** The refresh Teams sends for a viewer of the card: the card's own refresh action, sent as they look at it. */
function refreshBy(who: TeamsUser, replyToId: string, action: Record<string, unknown>, trigger = 'automatic') {
  const invoke = cardAction(teams.serviceUrl, channel, who, replyToId, String(action.verb), {});
  return { ...invoke, value: { action, trigger } };
}

interface PostedCard {
  readonly activityId: string;
  /** What Jo's client showed her as the answer to her press. */
  readonly pressedAnswer: Record<string, unknown>;
  readonly card: Record<string, unknown>;
  readonly refresh: { action: Record<string, unknown> & { verb: string }; userIds: string[] };
}

/**
 * Posts an action card into the channel as people do: Helen asks for Chesterfield's actions there, and Jo
 * asks for a new date from the answer, which the bot replaces with the action as it now stands.
 */
async function actionCardInChannel(what: string): Promise<PostedCard & { actionId: string }> {
  const action = await database.stores.actions.create(
    anAction({ ownerId: 'person-jo', status: 'acknowledged', acknowledgedAt: new Date('2026-11-21T09:00:00Z'), what }),
  );
  await teams.say(helen, channel, 'actions for Chesterfield');
  const answer = connector.callsTo(channel.id).findLast((call) => call.method === 'POST');
  if (!answer) throw new Error('no answer was posted in the channel');
  const pressed = await teams.press(jo, channel, answer.id, 'action.requestDateChange', {
    actionId: action._id,
    ...requestDateChangeSubmission(),
  });
  await teams.settle(); // Helen is told in her own chat that a new date waits for her
  const replaced = connector
    .callsTo(channel.id)
    .findLast((call) => call.method === 'PUT' && call.activityId === answer.id);
  const card = cardIn(replaced?.activity);
  if (!card) throw new Error('the answer was not replaced by the action card');
  return {
    actionId: action._id,
    activityId: answer.id,
    pressedAnswer: (pressed.body as { value: Record<string, unknown> }).value,
    card,
    refresh: card.refresh as PostedCard['refresh'],
  };
}

/** The titles of a card's buttons, in order. */
const buttonTitles = (card: unknown): string[] => [...buttonsOf(card).keys()];

/** Every collection's documents, to show that a refresh wrote nothing anywhere. */
async function everythingStored(): Promise<Record<string, unknown[]>> {
  const collections = await database.db.listCollections({}, { nameOnly: true }).toArray();
  const stored: Record<string, unknown[]> = {};
  for (const { name } of collections.sort((a, b) => a.name.localeCompare(b.name))) {
    stored[name] = await database.db.collection(name).find({}).sort({ _id: 1 }).toArray();
  }
  return stored;
}

async function refreshed(who: TeamsUser, posted: PostedCard, action = posted.refresh.action, trigger = 'automatic') {
  const response = await postActivity(teams.running.baseUrl, refreshBy(who, posted.activityId, action, trigger));
  expect(response.status).toBe(200);
  return response.body as { statusCode: number; type: string; value: Record<string, unknown> };
}

describe('Teams: an action card in a channel shows each viewer their own buttons', () => {
  it('names the owner and the managers who may decide on it as the people Teams refreshes it for', async () => {
    const posted = await actionCardInChannel('Chronologies kept up to date on every open case');

    expect(posted.refresh.action).toEqual({
      type: 'Action.Execute',
      title: 'Refresh',
      verb: 'action.view',
      data: { actionId: posted.actionId },
    });
    // Owner first, then her manager, then the senior manager; Liam may only read it, so he is not listed.
    expect(posted.refresh.userIds).toEqual([
      `29:${jo.aadObjectId}`,
      `29:${helen.aadObjectId}`,
      `29:${grace.aadObjectId}`,
    ]);
    expect(posted.refresh).not.toHaveProperty('personIds');
  });

  it('sent by the bot to the owner’s own chat, carries the same refresh (so reminders and turns do too)', async () => {
    const action = await database.stores.actions.create(anAction({ ownerId: 'person-jo', what: 'Audit trail kept' }));
    await teams.deliverNow([actionAssigned(action)]);
    const sent = cardIn(connector.callsTo(personalChat(jo).id).findLast((call) => call.method === 'POST')?.activity);

    expect(sent?.refresh).toEqual({
      action: { type: 'Action.Execute', title: 'Refresh', verb: 'action.view', data: { actionId: action._id } },
      userIds: [`29:${jo.aadObjectId}`, `29:${helen.aadObjectId}`, `29:${grace.aadObjectId}`],
    });
    expect(buttonTitles(sent)).toContain('Acknowledge');
  });

  it('is posted for everyone with nobody’s buttons, while the owner who pressed is answered with hers', async () => {
    const posted = await actionCardInChannel('Visits recorded within 24 hours');

    expect(textsOf(posted.card).join(' ')).toContain('Visits recorded within 24 hours');
    expect(buttonTitles(posted.card)).toEqual([]);
    expect(buttonTitles(posted.pressedAnswer)).toEqual(expect.arrayContaining(['Add progress', 'Mark complete']));
  });

  it('someone not listed who chooses Refresh on the message gets their own view: the QA manager gets Approve', async () => {
    const posted = await actionCardInChannel('Family network meetings recorded on the file');
    expect(posted.refresh.userIds).not.toContain(`29:${priya.aadObjectId}`);

    const view = await refreshed(priya, posted, posted.refresh.action, 'manual');
    expect(buttonTitles(view.value)).toEqual(expect.arrayContaining(['Approve new date', 'Decline new date']));
  });

  it('the manager’s refresh shows Approve and Decline the new date; the owner’s shows her own steps', async () => {
    const posted = await actionCardInChannel('Supervision notes recorded within five working days');

    const managers = await refreshed(helen, posted);
    expect(managers).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(buttonTitles(managers.value)).toEqual(expect.arrayContaining(['Approve new date', 'Decline new date']));

    const owners = buttonTitles((await refreshed(jo, posted)).value);
    expect(owners).toEqual(expect.arrayContaining(['Add progress', 'Mark complete']));
    expect(owners).not.toContain('Approve new date');
    // Each view keeps the refresh, so it stays the viewer's own when Teams refreshes it again.
    expect((managers.value.refresh as PostedCard['refresh']).userIds).toEqual(posted.refresh.userIds);
  });

  it('a colleague, a leaver and someone the bot does not know see the action without buttons', async () => {
    const posted = await actionCardInChannel('Return home interviews offered within 72 hours');

    for (const onlooker of [liam, lee, visitor]) {
      const view = (await refreshed(onlooker, posted)).value;
      expect(textsOf(view).join(' '), onlooker.name).toContain('Return home interviews offered within 72 hours');
      expect(buttonTitles(view), onlooker.name).toEqual([]);
    }
  });

  it('writes nothing and posts nothing: no command, no audit event, no history, no conversation remembered', async () => {
    const posted = await actionCardInChannel('Strategy discussions held within one working day');
    const before = await everythingStored();
    const callsBefore = connector.calls.length;

    for (const viewer of [helen, jo, grace, liam, lee, visitor, erin]) await refreshed(viewer, posted);
    await teams.settle();

    expect(await everythingStored()).toEqual(before);
    expect(connector.calls.length).toBe(callsBefore);
  });

  it('a refresh naming another district’s action shows nothing of it to someone outside that district', async () => {
    const elsewhere = await database.stores.actions.create(
      anAction({ ownerId: 'person-erin', districtId: 'erewash', what: 'Erewash neglect toolkit refreshed' }),
    );
    const posted = await actionCardInChannel('Child in need plans reviewed every three months');
    const forged = { ...posted.refresh.action, data: { actionId: elsewhere._id } };

    for (const viewer of [liam, visitor]) {
      const view = (await refreshed(viewer, posted, forged)).value;
      expect(JSON.stringify(view), viewer.name).not.toContain('Erewash neglect toolkit');
      expect(textsOf(view).join(' ')).toContain('This action is not one you can see.');
      expect(buttonTitles(view)).toEqual([]);
    }
    const missing = { ...posted.refresh.action, data: { actionId: 'action-nonexistent' } };
    expect(textsOf((await refreshed(helen, posted, missing)).value).join(' ')).toContain(
      'This action is not one you can see.',
    );
    const tampered = { ...posted.refresh.action, data: { actionId: posted.actionId, $where: 'sleep(1000)' } };
    expect(buttonTitles((await refreshed(helen, posted, tampered)).value)).toEqual([]);
  });
});

describe('Teams: the people a card is refreshed for', () => {
  it('lists at most 60, the owner and her own manager first, and leaves out people the bot has no Teams id for', async () => {
    const managers: Person[] = Array.from({ length: 70 }, (_, index) =>
      registered(teamsUser(`dm${index}`, `District Manager ${index}`), {
        _id: `person-dm${String(index).padStart(2, '0')}`,
        roles: ['district_manager'],
      }),
    );
    for (const manager of managers) await database.stores.people.save(manager);
    // The first five have never written to the bot, so it holds no Teams user id for them.
    for (const index of managers.keys()) {
      if (index < 5) continue;
      const who = teamsUser(`dm${index}`, `District Manager ${index}`);
      await teams.say(who, personalChat(who), 'hello');
    }
    const posted = await actionCardInChannel('Core groups held within ten working days');

    expect(posted.refresh.userIds).toHaveLength(60);
    expect(posted.refresh.userIds.slice(0, 2)).toEqual([`29:${jo.aadObjectId}`, `29:${helen.aadObjectId}`]);
    for (const index of [0, 1, 2, 3, 4]) expect(posted.refresh.userIds).not.toContain(`29:aad-dm${index}`);
    expect(new Set(posted.refresh.userIds).size).toBe(60);
    for (const manager of managers)
      await database.stores.people.save({ ...manager, leftAt: new Date('2026-11-30T17:00:00Z') });
  });
});

/** The titles of the buttons an answer shows on one action's row. */
function rowButtons(answer: unknown, actionId: string): string[] {
  const rows = (answer as { body: { items?: { actions?: { title: string; data?: { actionId?: string } }[] }[] }[] })
    .body;
  return rows
    .flatMap((element) => element.items ?? [])
    .flatMap((item) => item.actions ?? [])
    .filter((button) => button.data?.actionId === actionId)
    .map((button) => button.title);
}

describe('Teams: an answer listing actions in a channel shows each viewer their own buttons', () => {
  async function answerInChannel(): Promise<PostedCard & { actionId: string }> {
    const action = await database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        dueDate: calendarDateFromIso('2026-11-02'),
        what: 'Missing episodes followed up',
      }),
    );
    await teams.say(helen, channel, 'overdue actions for Chesterfield');
    const answer = connector.callsTo(channel.id).findLast((call) => call.method === 'POST');
    const card = cardIn(answer?.activity);
    if (!answer || !card) throw new Error('no answer was posted in the channel');
    return {
      actionId: action._id,
      activityId: answer.id,
      pressedAnswer: {},
      card,
      refresh: card.refresh as PostedCard['refresh'],
    };
  }

  it('lists the asker first, then each action’s owner and managers, and refreshes to each one’s buttons', async () => {
    const posted = await answerInChannel();
    expect(posted.refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'query.view' });
    expect(posted.refresh.userIds.slice(0, 2)).toEqual([`29:${helen.aadObjectId}`, `29:${jo.aadObjectId}`]);
    expect(rowButtons(posted.card, posted.actionId)).toContain('Acknowledge'); // Helen's, as she asked

    const owners = (await refreshed(jo, posted)).value;
    expect(textsOf(owners).join(' ')).toContain('Missing episodes followed up');
    expect(rowButtons(owners, posted.actionId)).toEqual(['Acknowledge', 'Add progress', 'Ask for a new date']);

    for (const onlooker of [liam, erin, visitor]) {
      const view = (await refreshed(onlooker, posted)).value;
      expect(textsOf(view).join(' '), onlooker.name).toContain('Missing episodes followed up');
      expect(rowButtons(view, posted.actionId), onlooker.name).toEqual([]);
    }
  });

  it('a refresh naming another district’s action leaves it out, and a broken one shows nothing', async () => {
    const elsewhere = await database.stores.actions.create(
      anAction({ ownerId: 'person-erin', districtId: 'erewash', what: 'Erewash neglect toolkit refreshed' }),
    );
    const posted = await answerInChannel();
    const forged = {
      ...posted.refresh.action,
      data: { ...(posted.refresh.action.data as object), actionIds: elsewhere._id },
    };

    const view = (await refreshed(liam, posted, forged)).value;
    expect(JSON.stringify(view)).not.toContain('Erewash neglect toolkit');
    expect(textsOf(view).join(' ')).toContain('Nothing to show.');

    const broken = { ...posted.refresh.action, data: { actionIds: posted.actionId, $where: '1' } };
    expect(textsOf((await refreshed(helen, posted, broken)).value).join(' ')).toContain(
      'This action is not one you can see.',
    );
  });

  it('its refresh writes nothing and posts nothing', async () => {
    const posted = await answerInChannel();
    await teams.settle();
    const before = await everythingStored();
    const callsBefore = connector.calls.length;

    for (const viewer of [helen, jo, liam, lee, visitor]) await refreshed(viewer, posted);

    expect(await everythingStored()).toEqual(before);
    expect(connector.calls.length).toBe(callsBefore);
  });

  it('asked in a personal chat, names only the person who asked', async () => {
    await teams.say(jo, personalChat(jo), 'my actions');
    const answer = cardIn(teams.lastIn(personalChat(jo))?.activity);

    expect((answer?.refresh as PostedCard['refresh']).userIds).toEqual([`29:${jo.aadObjectId}`]);
  });
});
