import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { actionAssigned, aChallengeDay, aDistrict, anAction } from '../../support/fixtures.js';
import { completeActionSubmission } from '../../support/form-submissions.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { buttonValue } from '../../support/slack-button-value.js';
import {
  appHomeOpened,
  buttonPressed,
  homeButtonPressed,
  modalSubmitted,
  slashCommand,
} from '../../support/slack-requests.js';

/*
 * Slack's App Home as each person's own page: their actions with the buttons they may use, what waits for
 * their decision, and the Challenge Days they take part in. Its buttons work as on the action's card, and it
 * is published again after every step the person takes once they have opened it.
 */

const scene = slackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  districts: [aDistrict(), aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { displayName: 'Priya Patel', districtIds: [] }),
    slackMember('person-helen', 'U-HELEN', ['district_manager'], { displayName: 'Helen Ward' }),
    slackMember('person-jo', 'U-JO', ['staff'], { displayName: 'Jo Bennett', managerId: 'person-helen' }),
    slackMember('person-lee', 'U-LEE', ['staff'], { displayName: 'Lee Moss' }),
    slackMember('person-kim', 'U-KIM', ['staff'], { displayName: 'Kim Hale' }),
    slackMember('person-gone', 'U-GONE', ['staff'], {
      displayName: 'Gail Gone',
      leftAt: new Date('2026-11-30T17:00:00Z'),
    }),
    slackMember('person-eve', 'U-EVE', ['district_manager'], { displayName: 'Eve Stone', districtIds: ['erewash'] }),
  ],
});
const { database, slack } = scene;

interface HomeView {
  readonly type: string;
  readonly blocks: readonly Record<string, unknown>[];
}

const homesOf = (user: string) => slack.callsOf('views.publish').filter((call) => call.args.user_id === user);
const latestHome = (user: string) => homesOf(user).at(-1)?.args.view as HomeView | undefined;
const homeText = (user: string) => JSON.stringify(latestHome(user) ?? {});

/** Opens App Home as the person would, and waits for the home the bot publishes. */
async function openHome(user: string): Promise<HomeView> {
  const before = homesOf(user).length;
  expect((await scene.post(appHomeOpened(user))).status).toBe(200);
  await expect.poll(() => homesOf(user).length).toBe(before + 1);
  return latestHome(user) as HomeView;
}

/** A press in the home shown now: Slack names the view and the hash of the version pressed. */
const inHome = (user: string) => ({ id: `V-HOME-${user}`, hash: `hash-${homesOf(user).length}` });

const stepsOf = async (actionId: string) =>
  ((await database.stores.actions.findById(actionId))?.history ?? []).map((entry) => entry.transition);

describe('Slack App Home', () => {
  it('shows the person their outstanding actions with the buttons they may use, and the Challenge Days they take part in, in London time', async () => {
    await database.stores.actions.create(
      anAction({ _id: 'action-jo-visits', ownerId: 'person-jo', what: 'Record wishes and feelings at every visit' }),
    );
    await database.stores.actions.create(
      anAction({ ownerId: 'person-lee', what: 'Lee’s own action about supervision notes' }),
    );
    await database.stores.challengeDays.create(
      aChallengeDay({
        _id: 'day-june',
        date: calendarDateFromIso('2027-06-10'),
        startsAt: new Date('2027-06-10T08:30:00Z'),
        expectedAttendeeIds: ['person-jo'],
      }),
    );
    await database.stores.challengeDays.create(
      aChallengeDay({
        _id: 'day-erewash',
        districtId: 'erewash',
        matLocality: 'Erewash MAT',
        date: calendarDateFromIso('2026-12-17'),
        startsAt: new Date('2026-12-17T09:30:00Z'),
        auditTeamIds: ['person-helen'],
        expectedAttendeeIds: [],
      }),
    );

    const view = await openHome('U-JO');
    const home = JSON.stringify(view);

    expect(home).toContain('Challenge Day: Jo Bennett');
    expect(home).toContain('Record wishes and feelings at every visit');
    expect(buttonValue(view, 'Acknowledge')).toBe(
      JSON.stringify({ verb: 'action.acknowledge', data: { actionId: 'action-jo-visits' }, opensForm: false }),
    );
    expect(home).toContain('Ask for a new date');
    expect(home).not.toContain('Lee’s own action');
    expect(home).not.toContain('Waiting for your decision');
    // 08:30 UTC in June is 09:30 in London; Jo is not part of the Erewash day.
    expect(home).toContain('Thu 10 Jun 2027 at 09:30');
    expect(home).toContain('Chesterfield and Chesterfield MAT — expected to attend');
    expect(home).not.toContain('Erewash');

    const helens = JSON.stringify(await openHome('U-HELEN'));
    expect(helens).toContain('Thu 17 Dec 2026 at 09:30');
    expect(helens).toContain('Erewash and Erewash MAT — on the audit team');
    expect(helens).toContain('Thu 10 Jun 2027 at 09:30');
    expect(helens).toContain('Chesterfield and Chesterfield MAT — in your district');
  });

  it('shows a manager the date request and the completion waiting for her decision, with Approve and Verify, and nothing from another district', async () => {
    await database.stores.actions.create(
      anAction({
        _id: 'action-jo-date',
        ownerId: 'person-jo',
        status: 'acknowledged',
        what: 'Chronologies reviewed at every supervision',
        dateChangeRequest: {
          requestedDate: calendarDateFromIso('2027-01-29'),
          reason: 'Two workers short until January.',
          byId: 'person-jo',
          at: new Date('2026-12-06T09:00:00Z'),
        },
      }),
    );
    await database.stores.actions.create(
      anAction({
        _id: 'action-lee-done',
        ownerId: 'person-lee',
        status: 'completed',
        what: 'Threshold document briefed to the team',
        completion: { evidence: 'Briefing notes.', byId: 'person-lee', at: new Date('2026-12-06T09:00:00Z') },
      }),
    );
    await database.stores.actions.create(
      anAction({
        districtId: 'erewash',
        ownerId: 'person-eve',
        status: 'completed',
        what: 'An Erewash completion',
        completion: { evidence: 'Done.', byId: 'person-eve', at: new Date('2026-12-06T09:00:00Z') },
      }),
    );

    const view = await openHome('U-HELEN');
    const home = JSON.stringify(view);

    expect(home).toContain('Waiting for your decision');
    expect(home).toContain('Chronologies reviewed at every supervision');
    expect(buttonValue(view, 'Approve new date')).toContain('action-jo-date');
    expect(home).toContain('Decline new date');
    expect(home).toContain('Threshold document briefed to the team');
    expect(buttonValue(view, 'Verify complete')).toContain('action-lee-done');
    expect(home).not.toContain('An Erewash completion');
    // Jo sees her own request as hers, not as a decision.
    expect(JSON.stringify(await openHome('U-JO'))).not.toContain('Waiting for your decision');
  });

  it('a manager approves a new date from her home: the due date moves, the owner is told in his direct messages, and her home no longer asks her', async () => {
    const action = await database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        status: 'acknowledged',
        what: 'Return home interviews within 72 hours',
        dateChangeRequest: {
          requestedDate: calendarDateFromIso('2027-02-26'),
          reason: 'Waiting for the new interview form.',
          byId: 'person-jo',
          at: new Date('2026-12-06T09:00:00Z'),
        },
      }),
    );
    const home = await openHome('U-HELEN');
    const approve = buttonValue(
      home.blocks.find((block) => block.type === 'actions' && JSON.stringify(block).includes(action._id)),
      'Approve new date',
    );
    const before = homesOf('U-HELEN').length;

    await scene.post(homeButtonPressed('U-HELEN', inHome('U-HELEN'), approve));

    await expect.poll(() => homesOf('U-HELEN').length).toBe(before + 1);
    const approved = await database.stores.actions.findById(action._id);
    expect(approved?.dueDate).toEqual(calendarDateFromIso('2027-02-26'));
    expect(approved?.dateChangeRequest).toBeUndefined();
    expect(homeText('U-HELEN')).toContain('Return home interviews within 72 hours (due Fri 26 Feb 2027)');
    expect(JSON.stringify(latestHome('U-HELEN')?.blocks.filter((block) => block.type === 'actions'))).not.toContain(
      action._id,
    );
    await scene.settle();
    expect(
      slack
        .callsOf('chat.postMessage')
        .some(
          (call) => call.args.channel === 'D-U-JO' && JSON.stringify(call.args).includes('Your new date was approved'),
        ),
    ).toBe(true);
  });

  it('pressing Acknowledge in App Home stores the step once (a resent press too), shows the home again with it acknowledged, and updates the card in her direct messages', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', what: 'Neglect toolkit used in every strategy discussion' }),
    );
    await scene.deliverNow([actionAssigned(action)]);
    const cardKey = `D-U-JO/${latestTs('D-U-JO')}`;
    expect(JSON.stringify(slack.messages.get(cardKey))).toContain('Neglect toolkit used in every strategy discussion');
    const home = await openHome('U-JO');
    const value = buttonValue(
      home.blocks.find((block) => block.type === 'actions' && JSON.stringify(block).includes(action._id)),
      'Acknowledge',
    );
    const before = homesOf('U-JO').length;

    const press = homeButtonPressed('U-JO', inHome('U-JO'), value);
    await scene.post(press);
    await scene.post(press);

    await expect.poll(() => homesOf('U-JO').length).toBeGreaterThanOrEqual(before + 2);
    expect((await stepsOf(action._id)).filter((step) => step === 'acknowledge')).toHaveLength(1);
    expect((await database.stores.actions.findById(action._id))?.status).toBe('acknowledged');
    const shown = homeText('U-JO');
    expect(shown).toContain('Acknowledged: Neglect toolkit used in every strategy discussion');
    expect(JSON.stringify(latestHome('U-JO')?.blocks.filter((block) => block.type === 'actions'))).not.toContain(
      `"action.acknowledge","data":{"actionId":"${action._id}"`,
    );
    await expect.poll(() => JSON.stringify(slack.messages.get(cardKey) ?? {})).toContain('Acknowledged');
    expect(slack.callsOf('chat.postEphemeral')).toHaveLength(0);
  });

  it('a button that needs a form opens it as a modal; sending it stores the step and shows the home again with it', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', status: 'acknowledged', what: 'Supervision every four weeks, recorded' }),
    );
    const home = await openHome('U-JO');
    const value = buttonValue(
      home.blocks.find((block) => block.type === 'actions' && JSON.stringify(block).includes(action._id)),
      'Mark complete',
    );
    const modals = slack.callsOf('views.open').length;

    await scene.post(homeButtonPressed('U-JO', inHome('U-JO'), value));
    await expect.poll(() => slack.callsOf('views.open').length).toBe(modals + 1);
    const modal = slack.callsOf('views.open').at(-1)?.args.view as Parameters<typeof modalSubmitted>[1];
    const before = homesOf('U-JO').length;
    const submitted = await scene.post(modalSubmitted('U-JO', modal, completeActionSubmission()));

    expect(submitted.body).toEqual({});
    await expect.poll(() => homesOf('U-JO').length).toBe(before + 1);
    expect((await database.stores.actions.findById(action._id))?.status).toBe('completed');
    expect(homeText('U-JO')).toContain('Completed, awaiting verification: Supervision every four weeks, recorded');
    // Helen, whose turn it now is, finds it waiting for her when she opens her home.
    expect(JSON.stringify(await openHome('U-HELEN'))).toContain('Supervision every four weeks, recorded');
  });

  it('for someone who has opened App Home, a step taken on a card in a message publishes the home again, showing it', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-lee', what: 'Case summaries updated before every conference' }),
    );
    await scene.deliverNow([actionAssigned(action)]);
    await openHome('U-LEE');
    const ts = latestTs('D-U-LEE');
    const before = homesOf('U-LEE').length;

    await scene.post(
      buttonPressed('U-LEE', 'D-U-LEE', ts, buttonValue(slack.messages.get(`D-U-LEE/${ts}`), 'Acknowledge')),
    );

    await expect.poll(() => homesOf('U-LEE').length).toBe(before + 1);
    expect((await database.stores.actions.findById(action._id))?.status).toBe('acknowledged');
    expect(homeText('U-LEE')).toContain('Case summaries updated before every conference');
    expect(homeText('U-LEE')).toContain('Acknowledged');
  });

  it('a step taken on a card publishes no home for someone who has never opened App Home; opening it later shows the step', async () => {
    const kims = await database.stores.actions.create(
      anAction({ ownerId: 'person-kim', what: 'Chronologies started within five days' }),
    );
    const lees = await database.stores.actions.create(
      anAction({ ownerId: 'person-lee', what: 'Genograms on every child in need plan' }),
    );
    await scene.deliverNow([actionAssigned(kims), actionAssigned(lees)]);
    await openHome('U-LEE');
    const leesHomes = homesOf('U-LEE').length;
    /** Presses Acknowledge on the card in the person's direct messages, returning the card's key. */
    const acknowledgeOnCard = async (user: string) => {
      const ts = latestTs(`D-${user}`);
      const card = `D-${user}/${ts}`;
      await scene.post(buttonPressed(user, `D-${user}`, ts, buttonValue(slack.messages.get(card), 'Acknowledge')));
      return card;
    };

    // Kim first; then Lee, who has opened his home: by the time his home is published, Kim's step is long done.
    const kimsCard = await acknowledgeOnCard('U-KIM');
    await expect.poll(() => JSON.stringify(slack.messages.get(kimsCard) ?? {})).toContain('Acknowledged');
    await acknowledgeOnCard('U-LEE');
    await expect.poll(() => homesOf('U-LEE').length).toBe(leesHomes + 1);

    expect(homesOf('U-KIM')).toHaveLength(0);
    const home = JSON.stringify(await openHome('U-KIM'));
    expect(home).toContain('Chronologies started within five days');
    expect(home).toContain('· Acknowledged');
  });

  it('a button in the home carrying another person’s action is refused at the top of the home, and nothing is stored', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-lee', what: 'Lee’s action that Jo may not touch' }),
    );
    const tampered = JSON.stringify({ verb: 'action.acknowledge', data: { actionId: action._id }, opensForm: false });
    const before = homesOf('U-JO').length;

    await scene.post(homeButtonPressed('U-JO', inHome('U-JO'), tampered));

    await expect.poll(() => homesOf('U-JO').length).toBe(before + 1);
    expect(homeText('U-JO')).toContain('Only the owner of this action or a manager for its district can do that.');
    expect(homeText('U-JO')).not.toContain('Lee’s action that Jo may not touch');
    expect(await stepsOf(action._id)).toEqual(['create']);
  });

  it('a stranger opening App Home or pressing a button there reads whom to ask, and nothing is stored', async () => {
    slack.addUser({ id: 'U-STRANGER', name: 'stranger', realName: 'Sam Stranger', email: 'sam@elsewhere.org' });
    const people = (await database.stores.people.allByName(100)).length;

    await openHome('U-STRANGER');
    expect(homeText('U-STRANGER')).toContain('ask your QA manager, Priya Patel, to add you');

    const action = await database.stores.actions.create(anAction({ ownerId: 'person-jo', what: 'Not the stranger’s' }));
    const press = JSON.stringify({ verb: 'action.acknowledge', data: { actionId: action._id }, opensForm: false });
    await scene.post(homeButtonPressed('U-STRANGER', inHome('U-STRANGER'), press));
    await expect.poll(() => homesOf('U-STRANGER').length).toBe(2);
    expect(homeText('U-STRANGER')).toContain('ask your QA manager, Priya Patel, to add you');
    expect(await stepsOf(action._id)).toEqual(['create']);
    expect(await database.stores.people.allByName(100)).toHaveLength(people);
  });

  it('someone who has left is refused in App Home, and their button stores nothing', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-gone', what: 'Gail’s old action' }),
    );

    await openHome('U-GONE');
    expect(homeText('U-GONE')).toContain('Your record says you left the service on Mon 30 Nov 2026');
    expect(homeText('U-GONE')).not.toContain('Gail’s old action');

    const press = JSON.stringify({ verb: 'action.acknowledge', data: { actionId: action._id }, opensForm: false });
    await scene.post(homeButtonPressed('U-GONE', inHome('U-GONE'), press));
    await expect.poll(() => homesOf('U-GONE').length).toBe(2);
    expect(homeText('U-GONE')).toContain('no longer acts for you');
    expect(await stepsOf(action._id)).toEqual(['create']);
  });

  it('a long list shows its first actions within Slack’s 100 blocks and says how to ask for the rest', async () => {
    for (let index = 0; index < 11; index++) {
      await database.stores.actions.create(
        anAction({ ownerId: 'person-priya', districtId: 'erewash', what: `Priya’s action number ${index}` }),
      );
    }

    const home = await openHome('U-PRIYA');

    expect(home.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(home)).toContain('and 3 more — ask `/challenge my actions`');
  });

  it('`/challenge my actions` still lists every one of them', async () => {
    await scene.post(slashCommand('U-PRIYA', 'D-U-PRIYA', 'my actions', slack.responseUrl('priya-actions')));
    await expect
      .poll(() => JSON.stringify(slack.responses.find((response) => response.path.endsWith('/priya-actions')) ?? {}))
      .toContain('11 actions');
  });
});

/** The ts of the newest message the bot posted in a channel. */
function latestTs(channel: string): string {
  return String(slack.messagesIn(channel).at(-1)?.ts ?? '');
}
