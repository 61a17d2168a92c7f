import { describe, expect, it } from 'vitest';
import { buttonsOf } from '../../support/card-buttons.js';
import { anAction } from '../../support/fixtures.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, registered, textsOf, type TeamsUser } from '../../support/teams-activities.js';

/*
 * "date requests" lists the new dates a manager may decide on, and "my team's actions" the actions of the people
 * a manager manages; each action with the buttons this manager may use on it.
 */

const jo = teamsUser('jo', 'Jo Bennett'); // staff, managed by Helen
const helen = teamsUser('helen', 'Helen Ward'); // district manager; Jo's line manager
const kate = teamsUser('kate', 'Kate Doyle'); // district manager; manages the Duty Team
const liam = teamsUser('liam', 'Liam Foster'); // staff in the Duty Team
const sam = teamsUser('sam', 'Sam Kerr'); // staff, managed by nobody here

const teams = teamsScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    registered(jo, { _id: 'person-jo', roles: ['staff'], managerId: 'person-helen' }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(kate, { _id: 'person-kate', roles: ['district_manager'] }),
    registered(liam, { _id: 'person-liam', roles: ['staff'], teamName: 'Duty Team' }),
    registered(sam, { _id: 'person-sam', roles: ['staff'], teamName: 'Chesterfield Child Protection Team 1' }),
  ],
  seed: async () => {
    await teams.database.stores.teams.save({
      _id: 'team-duty',
      name: 'Duty Team',
      districtId: 'chesterfield',
      managerId: 'person-kate',
    });
    for (const user of [jo, helen, kate, liam, sam]) await teams.say(user, personalChat(user), 'hello');
  },
});
const { database } = teams;

async function ask(who: TeamsUser, question: string) {
  await teams.say(who, personalChat(who), question);
  return cardIn(teams.lastIn(personalChat(who))?.activity);
}

const requested = (byId: string) => ({
  requestedDate: calendarDateFromIso('2027-01-29'),
  reason: 'The new template is not published until January',
  byId,
  at: new Date('2026-12-06T10:00:00Z'),
});

describe('Teams: the date requests and team answers', () => {
  it('“date requests” lists the new dates the manager may decide on, with Approve and Decline, and not the one she asked for herself', async () => {
    const josRequest = await database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        what: 'Update the chronology template',
        dateChangeRequest: requested('person-jo'),
      }),
    );
    const herOwn = await database.stores.actions.create(
      anAction({ ownerId: 'person-helen', what: 'Review the duty rota', dateChangeRequest: requested('person-helen') }),
    );
    await database.stores.actions.create(anAction({ ownerId: 'person-jo', what: 'Nothing asked on this one' }));

    const answer = await ask(helen, 'date requests');
    const shown = textsOf(answer).join(' ');

    expect(shown).toContain('New dates asked for');
    expect(shown).toContain('Update the chronology template');
    expect(shown).not.toContain('Review the duty rota');
    expect(shown).not.toContain('Nothing asked on this one');
    expect([...buttonsOf(answer).keys()]).toEqual(expect.arrayContaining(['Approve new date', 'Decline new date']));
    expect(JSON.stringify(answer)).not.toContain(herOwn._id);

    await teams.press(helen, personalChat(helen), 'answer', 'action.approveDateChange', { actionId: josRequest._id });
    expect((await database.stores.actions.findById(josRequest._id))?.dueDate).toEqual(
      calendarDateFromIso('2027-01-29'),
    );
  });

  it('staff asking for “date requests” are told only managers decide them, and where their own are', async () => {
    // The approval above tells Jo in her chat, after its answer: that message arrives first, not after this one.
    await teams.settle();
    await teams.say(jo, personalChat(jo), 'date requests');

    expect(JSON.stringify(teams.lastIn(personalChat(jo))?.activity)).toContain(
      'Only a district’s managers decide on new dates. Your own requests show on your actions: ask “my actions”.',
    );
  });

  it('“my team’s actions” lists the actions of those she line-manages and of the team she manages, with her buttons', async () => {
    await database.stores.actions.create(anAction({ ownerId: 'person-jo', what: 'Jo’s supervision audit' }));
    await database.stores.actions.create(anAction({ ownerId: 'person-liam', what: 'Liam’s step-down checklist' }));
    await database.stores.actions.create(anAction({ ownerId: 'person-sam', what: 'Sam’s training plan' }));

    const helens = textsOf(await ask(helen, "my team's actions")).join(' ');
    const katesAnswer = await ask(kate, 'my team’s actions');
    const kates = textsOf(katesAnswer).join(' ');

    expect(helens).toContain('of your team');
    expect(helens).toContain('Jo’s supervision audit');
    expect(helens).not.toContain('Liam’s step-down checklist');
    expect(kates).toContain('Liam’s step-down checklist');
    expect(kates).not.toContain('Jo’s supervision audit');
    expect(kates).not.toContain('Sam’s training plan');
    expect([...buttonsOf(katesAnswer).keys()]).toEqual(expect.arrayContaining(['Acknowledge', 'Reassign']));
  });

  it('someone who manages nobody is told how a team is recorded', async () => {
    await teams.say(sam, personalChat(sam), "my team's actions");

    expect(JSON.stringify(teams.lastIn(personalChat(sam))?.activity)).toContain('Nobody is recorded as your team');
  });
});
