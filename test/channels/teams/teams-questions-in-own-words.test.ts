import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { buttonsOf } from '../../support/card-buttons.js';
import { aChallengeDay, anAction } from '../../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, registered, textsOf, type TeamsUser } from '../../support/teams-activities.js';

/*
 * The questions managers ask in their own words (issue 23), in a Teams personal chat: what waits for their
 * approval (with its buttons), how many actions are overdue, who owns most of them, and the next Challenge
 * Day. Today is Monday 7 December 2026.
 */

const jo = teamsUser('jo', 'Jo Bennett'); // staff, managed by Helen
const helen = teamsUser('helen', 'Helen Ward'); // district manager; Jo's line manager

const teams = teamsScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    registered(jo, { _id: 'person-jo', roles: ['staff'], managerId: 'person-helen' }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
  ],
  seed: async () => {
    for (const user of [jo, helen]) await teams.say(user, personalChat(user), 'hello');
    await teams.database.stores.challengeDays.create(
      aChallengeDay({
        date: calendarDateFromIso('2026-12-17'),
        startsAt: new Date('2026-12-17T09:30:00Z'),
        status: 'announced',
        auditTeamIds: ['person-helen'],
      }),
    );
    for (const dueDate of ['2026-11-20', '2026-12-01']) {
      await teams.database.stores.actions.create(
        anAction({ ownerId: 'person-jo', dueDate: calendarDateFromIso(dueDate) }),
      );
    }
  },
});

async function ask(who: TeamsUser, question: string) {
  await teams.say(who, personalChat(who), question);
  return cardIn(teams.lastIn(personalChat(who))?.activity);
}

describe('Teams: questions in managers’ own words', () => {
  it('“what is waiting for my approval?” shows Jo’s completed action to her manager with Verify and Reopen', async () => {
    await teams.database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        what: 'Audit the supervision records',
        status: 'completed',
        completion: { evidence: 'Ten files audited', byId: 'person-jo', at: new Date('2026-12-05T10:00:00Z') },
      }),
    );

    const card = await ask(helen, 'what is waiting for my approval?');

    expect(textsOf(card).join(' ')).toContain('Waiting for your decision');
    expect(textsOf(card).join(' ')).toContain('Audit the supervision records');
    expect([...buttonsOf(card).keys()]).toEqual(expect.arrayContaining(['Verify complete', 'Reopen']));
  });

  it('“how many actions are overdue?” and “who owns the most overdue actions?” answer a manager with counts', async () => {
    expect(textsOf(await ask(helen, 'how many actions are overdue?')).join(' ')).toContain('Overdue actions: 2');
    const owners = JSON.stringify(await ask(helen, 'who owns the most overdue actions?'));
    expect(owners).toContain('Jo Bennett');
    expect(owners).toContain('2 overdue actions');
  });

  it('staff asking who owns the most overdue actions are refused, with what they can ask instead', async () => {
    const card = await ask(jo, 'who owns the most overdue actions?');
    expect(JSON.stringify(card)).toContain(
      'Only managers can see who holds the most overdue actions. Your own: ask “my overdue actions”.',
    );
    expect(JSON.stringify(card)).not.toContain('2 overdue actions');
  });

  it('“when is the next Challenge Day in Chesterfield?” answers with its date and time in London', async () => {
    const shown = JSON.stringify(await ask(jo, 'when is the next challenge day in chesterfeild?'));
    expect(shown).toContain('Next Challenge Day in Chesterfield');
    expect(shown).toContain('Thu 17 Dec 2026 at 09:30');
  });
});
