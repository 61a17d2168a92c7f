import { describe, expect, it } from 'vitest';
import { buttonsOf } from '../../support/card-buttons.js';
import { actionAssigned, anAction } from '../../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, registered, textsOf } from '../../support/teams-activities.js';

/*
 * Answers that list actions carry, on each action, the buttons of the steps the person asking may take on it:
 * pressing one works as on the action's own card, and every copy of that card shows the new state.
 */

const jo = teamsUser('jo', 'Jo Bennett'); // owns Chesterfield's actions
const helen = teamsUser('helen', 'Helen Ward'); // Chesterfield's district manager
const liam = teamsUser('liam', 'Liam Foster'); // staff in Chesterfield, owns nothing

const teams = teamsScene({
  now: new Date('2026-12-01T10:00:00Z'),
  people: [
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(liam, { _id: 'person-liam', roles: ['staff'] }),
  ],
  seed: async () => {
    for (const who of [jo, helen, liam]) await teams.say(who, personalChat(who), 'hello');
  },
});
const { database, connector } = teams;

/** The buttons of the answer's row for an action, by title. */
function buttonsOfRow(card: unknown, actionId: string): string[] {
  const rows = (
    (card as { body?: { items?: { actions?: { title: string; data?: { actionId?: string } }[] }[] }[] }).body ?? []
  ).flatMap((element) => element.items ?? []);
  return rows
    .flatMap((item) => item.actions ?? [])
    .filter((action) => action.data?.actionId === actionId)
    .map((action) => action.title);
}

async function ask(who: typeof jo, question: string) {
  await teams.say(who, personalChat(who), question);
  return cardIn(teams.lastIn(personalChat(who))?.activity);
}

describe('Teams: acting on actions from an answer', () => {
  it('“my actions” shows the owner the steps she may take on each, and Acknowledge there acts once and updates her action card', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', what: 'Chronologies kept up to date' }),
    );
    await teams.deliverNow([actionAssigned(action)]);
    const delivered = connector.callsTo(personalChat(jo).id).findLast((call) => call.method === 'POST');

    const answer = await ask(jo, 'my actions');
    // Not yet acknowledged, it cannot be marked complete.
    expect(buttonsOfRow(answer, action._id)).toEqual(['Acknowledge', 'Add progress', 'Ask for a new date']);

    const pressed = await teams.press(jo, personalChat(jo), 'answer-card', 'action.acknowledge', {
      actionId: action._id,
    });
    await teams.settle();

    expect(JSON.stringify(pressed.body.value)).toContain('"value":"Acknowledged"');
    const stored = await database.stores.actions.findById(action._id);
    expect(stored?.status).toBe('acknowledged');
    expect(stored?.history.filter((entry) => entry.transition === 'acknowledge')).toHaveLength(1);
    const updated = connector
      .callsTo(personalChat(jo).id)
      .findLast((call) => call.method === 'PUT' && call.activityId === delivered?.id);
    expect(JSON.stringify(cardIn(updated?.activity))).toContain('"value":"Acknowledged"');
  });

  it('“actions to verify” shows the district manager Verify and Reopen on an action marked complete', async () => {
    const completed = await database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        status: 'completed',
        acknowledgedAt: new Date('2026-11-20T10:00:00Z'),
        completion: {
          evidence: 'Checklist agreed at the MAT meeting.',
          byId: 'person-jo',
          at: new Date('2026-11-30T10:00:00Z'),
        },
        what: 'Step-down checklist agreed with the MAT',
      }),
    );

    expect(buttonsOfRow(await ask(helen, 'actions to verify'), completed._id)).toEqual(['Verify complete', 'Reopen']);
    expect(buttonsOfRow(await ask(jo, 'my actions'), completed._id)).toEqual([]);
  });

  it('someone who may only read the district’s actions sees them without buttons', async () => {
    const answer = await ask(liam, 'actions for Chesterfield');

    expect(textsOf(answer).join(' ')).toContain('Chronologies kept up to date');
    expect([...buttonsOf(answer).keys()]).toEqual([]); // its refresh is not a button
  });
});
