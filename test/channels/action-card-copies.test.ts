import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/domain/notifications/notification.js';
import { buttonsOf } from '../support/card-buttons.js';
import { actionAssigned, anAction } from '../support/fixtures.js';
import { completeActionSubmission } from '../support/form-submissions.js';
import { personalChat, slackMember, teamsAndSlackScene, teamsUser } from '../support/scene.js';
import { buttonValue } from '../support/slack-button-value.js';
import { buttonPressed, slashCommand } from '../support/slack-requests.js';
import { cardIn, factsOf, registered, textsOf, type TeamsUser } from '../support/teams-activities.js';

/*
 * An action's card reaches people under many messages: the owner's own card, the card a new owner is handed,
 * each manager's turn to decide, reminders and escalations. A step on the action, wherever it is taken,
 * updates every one of them to the action as it now stands for the person who holds it.
 */

const jo = teamsUser('jo', 'Jo Bennett'); // owns the actions
const helen = teamsUser('helen', 'Helen Ward'); // a district manager of Chesterfield, in Teams
const priya = teamsUser('priya', 'Priya Shah'); // QA manager: hands on a leaver's actions
const gill = teamsUser('gill', 'Gill Moss'); // leaves, and her actions are handed on

const scene = teamsAndSlackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    slackMember('person-sam', 'U-SAM', ['district_manager'], { displayName: 'Sam Reid' }),
    slackMember('person-dan', 'U-DAN', ['staff'], { displayName: 'Dan Reeves' }),
    registered(gill, { _id: 'person-gill', roles: ['staff'] }),
  ],
  seed: async () => {
    for (const who of [jo, helen, priya, gill]) await scene.say(who, personalChat(who), 'hello');
    for (const user of ['U-SAM', 'U-DAN']) {
      await scene.post(slashCommand(user, `D-${user}`, 'help', scene.slack.responseUrl(`help-${user}`)));
    }
  },
});
const { database, connector, slack } = scene;

let cardNumber = 0;
const press = (who: TeamsUser, verb: string, data: Record<string, unknown>) =>
  scene.press(who, personalChat(who), `card-${(cardNumber += 1)}`, verb, data);

/** The id of the last card posted into a person's Teams chat, to find it again after updates. */
const lastPostTo = (who: TeamsUser) =>
  connector.callsTo(personalChat(who).id).findLast((call) => call.method === 'POST')?.id ?? '';
/** A Teams message as it stands now: its card's text and facts, its buttons, and its summary. */
function teamsMessage(activityId: string) {
  const activity = connector.message(activityId);
  const card = cardIn(activity);
  return {
    summary: String(activity?.summary ?? ''),
    text: [...textsOf(card), ...factsOf(card)].join(' '),
    buttons: [...buttonsOf(card).keys()],
  };
}
/** The last message the bot posted into a Slack direct message, as it stands now (after any chat.update). */
function lastSlackMessage(channel: string) {
  const message = slack.messagesIn(channel).at(-1) ?? {};
  return { ts: String(message.ts ?? ''), json: JSON.stringify(message) };
}
const slackUpdatesOf = (channel: string, ts: string) =>
  slack.callsOf('chat.update').filter((call) => call.args.channel === channel && call.args.ts === ts);

async function anActionOf(ownerId: string, what: string, over: Parameters<typeof anAction>[0] = {}) {
  return database.stores.actions.create(anAction({ ownerId, what, status: 'acknowledged', ...over }));
}

describe('every copy of an action’s card shows its new state', () => {
  it('two managers asked to decide a new date: one approves in Teams, and the other’s card in Slack loses Approve and says who decided; the owner’s card shows the new date', async () => {
    const action = await anActionOf('person-jo', 'Update the chronology template for the duty team');
    await scene.deliverNow([actionAssigned(action)]);
    const josCard = lastPostTo(jo);

    await press(jo, 'action.requestDateChange', {
      actionId: action._id,
      requestedDate: '2027-01-29',
      reason: 'The new template is not published until January',
    });
    await scene.settle();
    const samsCard = lastSlackMessage('D-U-SAM');
    expect(samsCard.json).toContain('Approve new date');
    const helensCard = teamsMessage(lastPostTo(helen));
    expect(helensCard.buttons).toContain('Approve new date');

    const approve = buttonsOf(cardIn(connector.message(lastPostTo(helen)))).get('Approve new date');
    await press(helen, approve?.verb ?? '', { ...approve?.data });
    await scene.settle();

    expect(slackUpdatesOf('D-U-SAM', samsCard.ts)).not.toHaveLength(0);
    const samsNow = lastSlackMessage('D-U-SAM');
    expect(samsNow.ts).toBe(samsCard.ts);
    expect(samsNow.json).not.toContain('Approve new date');
    expect(samsNow.json).not.toContain('Decline new date');
    expect(samsNow.json).toContain('Helen Ward approved the new date');
    expect(samsNow.json).toContain('Fri 29 Jan 2027');

    const josNow = teamsMessage(josCard);
    expect(josNow.text).toContain('Fri 29 Jan 2027');
    expect(josNow.text).not.toContain('Tue 15 Dec 2026');
    expect((await database.stores.actions.findById(action._id))?.history.at(-1)?.transition).toBe(
      'approve_date_change',
    );
  });

  it('a completion verified by one manager: the other manager’s Verify card no longer offers Verify or Reopen', async () => {
    const action = await anActionOf('person-jo', 'Brief the team on the new threshold document');
    await press(jo, 'action.complete', { actionId: action._id, ...completeActionSubmission() });
    await scene.settle();
    const helensCard = lastPostTo(helen);
    expect(teamsMessage(helensCard).buttons).toEqual(expect.arrayContaining(['Verify complete', 'Reopen']));

    const samsCard = slack.messagesIn('D-U-SAM').at(-1);
    await scene.post(buttonPressed('U-SAM', 'D-U-SAM', String(samsCard?.ts), buttonValue(samsCard, 'Verify complete')));
    // Slack is answered before the step's work is done: the copies are updated just after.
    await expect.poll(() => teamsMessage(helensCard).summary).toContain('Sam Reid verified it as done');

    expect((await database.stores.actions.findById(action._id))?.status).toBe('verified');
    const helensNow = teamsMessage(helensCard);
    expect(helensNow.buttons).not.toContain('Verify complete');
    expect(helensNow.buttons).not.toContain('Reopen');
    expect(helensNow.summary).toContain('Sam Reid verified it as done');
    expect(helensNow.text).toContain('Status: Verified');
  });

  it('an action handed on from a leaver: her card shows its new owner without her buttons, and the new owner’s card updates when a manager takes a later step', async () => {
    const action = await anActionOf('person-gill', 'Close the audit of missing-from-home returns', { status: 'open' });
    await scene.deliverNow([actionAssigned(action)]);
    const gillsCard = lastPostTo(gill);
    expect(teamsMessage(gillsCard).buttons).toContain('Acknowledge');
    const gillAsSaved = await database.stores.people.findById('person-gill');
    await database.stores.people.save({ ...gillAsSaved!, leftAt: new Date('2026-12-04T17:00:00Z') });

    await press(priya, 'person.handOn', { personId: 'person-gill', newOwnerId: 'person-dan' });
    await scene.settle();

    const gillsNow = teamsMessage(gillsCard);
    expect(gillsNow.text).toContain('Action for Dan Reeves');
    expect(gillsNow.buttons).toEqual([]);
    const dansCard = lastSlackMessage('D-U-DAN');
    expect(dansCard.json).toContain('Close the audit of missing-from-home returns');
    expect(dansCard.json).toContain('Acknowledge');

    await press(helen, 'action.acknowledge', { actionId: action._id });
    await scene.settle();

    expect(slackUpdatesOf('D-U-DAN', dansCard.ts)).not.toHaveLength(0);
    const dansNow = lastSlackMessage('D-U-DAN');
    expect(dansNow.ts).toBe(dansCard.ts);
    expect(dansNow.json).toContain('Acknowledged');
    expect(dansNow.json).not.toContain('"text":"Acknowledge"');
  });

  it('a reminder to the owner shows the action completed, without Mark complete, once she marks it complete', async () => {
    const action = await anActionOf('person-jo', 'Refresh the duty team’s safeguarding training');
    await scene.deliverNow([
      {
        key: `reminder:${action._id}`,
        notification: { kind: 'action_reminder', actionId: action._id, moment: 'before' },
        destination: { kind: 'person', personId: 'person-jo' },
      },
    ]);
    const reminder = lastPostTo(jo);
    expect(teamsMessage(reminder).summary).toContain('Reminder: your action is due');
    expect(teamsMessage(reminder).buttons).toContain('Mark complete');

    await press(jo, 'action.complete', { actionId: action._id, ...completeActionSubmission() });
    await scene.settle();

    const reminderNow = teamsMessage(reminder);
    expect(reminderNow.text).toContain('Status: Completed');
    expect(reminderNow.buttons).not.toContain('Mark complete');
    expect(reminderNow.summary).not.toContain('Reminder');
  });

  it('an escalation to each manager: both cards show the action acknowledged once the owner acknowledges it', async () => {
    const action = await anActionOf('person-jo', 'Audit supervision records for the duty team', {
      status: 'open',
      dueDate: new Date('2026-11-20T00:00:00Z'),
    });
    await scene.deliverNow(escalationsOf(action._id, ['person-helen', 'person-sam']));
    const helensCard = lastPostTo(helen);
    const samsCard = lastSlackMessage('D-U-SAM');
    expect(teamsMessage(helensCard).text).toContain('Status: Open');
    expect(samsCard.json).toContain('Audit supervision records for the duty team');

    await press(jo, 'action.acknowledge', { actionId: action._id });
    await scene.settle();

    const helensNow = teamsMessage(helensCard);
    expect(helensNow.summary).toContain('Overdue by');
    expect(helensNow.text).toContain('Status: Acknowledged');
    expect(lastSlackMessage('D-U-SAM').json).toContain('Acknowledged');
    expect(slackUpdatesOf('D-U-SAM', samsCard.ts)).not.toHaveLength(0);
  });

  it('a copy in a conversation whose link is broken is passed over: the step is saved and the other copies still update', async () => {
    const action = await anActionOf('person-jo', 'Check the step-down plans of the month', { status: 'open' });
    await scene.deliverNow(escalationsOf(action._id, ['person-helen', 'person-sam']));
    const helensCard = lastPostTo(helen);
    const samsCard = lastSlackMessage('D-U-SAM');
    const samsChat = await database.stores.conversationLinks.findByConversation('slack', 'D-U-SAM');
    await database.stores.conversationLinks.markBroken(samsChat?._id ?? '', 'the app was removed', new Date());

    const answer = await press(jo, 'action.acknowledge', { actionId: action._id });
    await scene.settle();

    expect(JSON.stringify(answer.body)).toContain('Acknowledged');
    expect((await database.stores.actions.findById(action._id))?.status).toBe('acknowledged');
    expect(teamsMessage(helensCard).text).toContain('Status: Acknowledged');
    expect(slackUpdatesOf('D-U-SAM', samsCard.ts)).toHaveLength(0);
  });
});

/** The escalations the chasing job sends when an action is overdue, one to each manager's personal chat. */
function escalationsOf(actionId: string, managerIds: readonly string[]): Delivery[] {
  return managerIds.map((managerId) => ({
    key: `escalation:${actionId}`,
    notification: { kind: 'action_escalation', actionId, managerId },
    destination: { kind: 'person', personId: managerId },
  }));
}
