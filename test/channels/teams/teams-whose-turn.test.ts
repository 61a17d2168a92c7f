import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { buttonsOf } from '../../support/card-buttons.js';
import { anAction } from '../../support/fixtures.js';
import { completeActionSubmission, reopenActionSubmission } from '../../support/form-submissions.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, registered, textsOf, type TeamsUser } from '../../support/teams-activities.js';

/*
 * An action moves between its owner and their managers: each is told, in their own chat, when it is their
 * turn, with the card to act on — and acts on that very card.
 */

const jo = teamsUser('jo', 'Jo Bennett'); // owns the actions
const helen = teamsUser('helen', 'Helen Ward'); // district manager of Chesterfield
const sue = teamsUser('sue', 'Sue Marsh'); // senior manager of Chesterfield
const raj = teamsUser('raj', 'Raj Patel'); // owns an action, and has a line manager of his own
const kate = teamsUser('kate', 'Kate Doyle'); // Raj's line manager, a district manager too

const teams = teamsScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(sue, { _id: 'person-sue', roles: ['senior_manager'] }),
    registered(raj, { _id: 'person-raj', roles: ['staff'], managerId: 'person-kate' }),
    registered(kate, { _id: 'person-kate', roles: ['district_manager'] }),
  ],
  seed: async () => {
    for (const user of [jo, helen, sue, raj, kate]) await teams.say(user, personalChat(user), 'hello');
  },
});
const { database } = teams;

let cardNumber = 0;
const press = (who: TeamsUser, verb: string, data: Record<string, unknown>) =>
  teams.press(who, personalChat(who), `card-${(cardNumber += 1)}`, verb, data);
/** What the bot last sent into a person's chat: its one-line summary, the card's text and its buttons. */
function lastTo(who: TeamsUser) {
  const activity = teams.lastIn(personalChat(who))?.activity;
  const card = cardIn(activity);
  return { summary: String(activity?.summary ?? ''), text: textsOf(card).join(' '), buttons: buttonsOf(card) };
}
/** How many messages the bot posted to a person (a card updated in place is not a new message). */
const messagesTo = (who: TeamsUser) =>
  teams.connector.callsTo(personalChat(who).id).filter((call) => call.method === 'POST').length;
/** Presses a button found on the card a person was sent, with the inputs of the form it opens. */
async function pressOnCard(who: TeamsUser, title: string, inputs: Record<string, unknown> = {}) {
  const button = lastTo(who).buttons.get(title);
  expect(button, `${title} on the card sent to ${who.name}`).toBeDefined();
  return press(who, button?.verb ?? '', { ...button?.data, ...inputs });
}

async function anActionOf(ownerId: string, what: string) {
  return database.stores.actions.create(anAction({ ownerId, what, status: 'acknowledged' }));
}

describe('told when it is their turn, in Teams', () => {
  it('an owner asks for a new date: the district manager gets the card with Approve, approves on it, and the owner is told the new due date', async () => {
    const action = await anActionOf('person-jo', 'Update the chronology template for the duty team');
    await press(jo, 'action.requestDateChange', {
      actionId: action._id,
      requestedDate: '2027-01-29',
      reason: 'The new template is not published until January',
    });
    await teams.settle();

    const toHelen = lastTo(helen);
    expect(toHelen.summary).toContain('Jo Bennett asks to move an action from Tue 15 Dec 2026 to Fri 29 Jan 2027');
    expect(toHelen.text).toContain('Update the chronology template for the duty team');
    expect([...toHelen.buttons.keys()]).toEqual(expect.arrayContaining(['Approve new date', 'Decline new date']));

    await pressOnCard(helen, 'Approve new date');
    await teams.settle();

    expect(lastTo(jo).summary).toContain('Your new date was approved; the action is now due Fri 29 Jan 2027');
    expect((await database.stores.actions.findById(action._id))?.dueDate).toEqual(calendarDateFromIso('2027-01-29'));
  });

  it('a new date refused with a reason: the owner is told it is still due on the old date', async () => {
    const action = await anActionOf('person-jo', 'Audit supervision records for the duty team');
    await press(jo, 'action.requestDateChange', {
      actionId: action._id,
      requestedDate: '2027-02-01',
      reason: 'Two workers are on leave',
    });
    await teams.settle();
    const declineForm = await pressOnCard(helen, 'Decline new date');
    expect(textsOf(declineForm.body.value).join(' ')).toContain('Audit supervision records for the duty team');

    await press(helen, 'action.declineDateChange', {
      actionId: action._id,
      reason: 'The audit is needed before the inspection',
    });
    await teams.settle();

    expect(lastTo(jo).summary).toContain(
      'Your request for a new date was refused; the action is still due Tue 15 Dec 2026',
    );
    expect(await database.stores.actions.findById(action._id)).toMatchObject({
      dueDate: calendarDateFromIso('2026-12-15'),
    });
  });

  it('an owner marks an action complete: the manager gets Verify, verifies on it, and the owner is told', async () => {
    const action = await anActionOf('person-jo', 'Brief the team on the new threshold document');
    await press(jo, 'action.complete', { actionId: action._id, ...completeActionSubmission() });
    await teams.settle();

    expect(lastTo(helen).summary).toContain('Jo Bennett has marked an action complete; check the evidence');
    await pressOnCard(helen, 'Verify complete');
    await teams.settle();

    expect(lastTo(jo).summary).toContain('Your action was verified as done: Brief the team');
    expect((await database.stores.actions.findById(action._id))?.status).toBe('verified');
  });

  it('a completion reopened with a reason: the owner is told it is outstanding again', async () => {
    const action = await anActionOf('person-jo', 'Close the audit of missing-from-home returns');
    await press(jo, 'action.complete', { actionId: action._id, ...completeActionSubmission() });
    await teams.settle();
    await pressOnCard(helen, 'Reopen');
    await press(helen, 'action.reopen', { actionId: action._id, ...reopenActionSubmission() });
    await teams.settle();

    expect(lastTo(jo).summary).toContain('Your action was reopened and is outstanding again');
    expect((await database.stores.actions.findById(action._id))?.status).toBe('in_progress');
  });

  it('an owner with a line manager of their own: only that manager is asked, not the district’s other managers', async () => {
    const action = await anActionOf('person-raj', 'Review the transfer-in checklist');
    const helenBefore = messagesTo(helen);
    await press(raj, 'action.requestDateChange', {
      actionId: action._id,
      requestedDate: '2027-01-08',
      reason: 'Waiting for the legal team’s comments',
    });
    await teams.settle();

    expect(lastTo(kate).summary).toContain('Raj Patel asks to move an action');
    expect(messagesTo(helen)).toBe(helenBefore);
  });

  it('a request handled twice (the platform sent it again) asks the manager once', async () => {
    const action = await anActionOf('person-jo', 'Check the step-down plans of the month');
    const before = messagesTo(helen);
    const request = {
      actionId: action._id,
      requestedDate: '2027-01-22',
      reason: 'The plans are not in until January',
    };
    await teams.press(jo, personalChat(jo), 'same-card', 'action.requestDateChange', request);
    await teams.press(jo, personalChat(jo), 'same-card', 'action.requestDateChange', request);
    await teams.settle();

    expect(messagesTo(helen)).toBe(before + 1);
  });

  it('a district with a district manager to decide: its senior managers are not asked', async () => {
    const action = await anActionOf('person-jo', 'Record the outcome of the legal planning meeting');
    await press(jo, 'action.requestDateChange', {
      actionId: action._id,
      requestedDate: '2027-01-15',
      reason: 'The meeting moved to January',
    });
    await teams.settle();
    await pressOnCard(helen, 'Approve new date');
    await teams.settle();

    // Sue, a senior manager, was not asked: the district has a district manager to decide.
    expect(
      teams.connector
        .callsTo(personalChat(sue).id)
        .some((call) => JSON.stringify(call.activity).includes('legal planning meeting')),
    ).toBe(false);
  });
});
