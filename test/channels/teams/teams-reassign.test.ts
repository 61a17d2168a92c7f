import { describe, expect, it } from 'vitest';
import { buttonsOf } from '../../support/card-buttons.js';
import { anAction } from '../../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, factsOf, registered, textsOf, type TeamsUser } from '../../support/teams-activities.js';

/*
 * A manager gives an action to someone else, with a reason, from the action's Reassign button or in words:
 * the new owner gets the action's card, the old owner is told to whom, why and by whom, and the step is in
 * the action's history and audit trail.
 */

const jo = teamsUser('jo', 'Jo Bennett'); // owns the actions
const helen = teamsUser('helen', 'Helen Ward'); // district manager of Chesterfield
const dan = teamsUser('dan', 'Dan Reeves'); // staff in Chesterfield, takes actions on

const teams = teamsScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(dan, { _id: 'person-dan', roles: ['staff'] }),
  ],
  seed: async () => {
    for (const user of [jo, helen, dan]) await teams.say(user, personalChat(user), 'hello');
  },
});
const { database, connector } = teams;

const REASON = 'The duty team has capacity this month';
// Messages posted to the person; a copy refreshed in place after the step (a PUT) tells them nothing new.
const messagesTo = (who: TeamsUser) =>
  connector.callsTo(personalChat(who).id).filter((call) => call.method === 'POST').length;
const lastCardTo = (who: TeamsUser) => cardIn(teams.lastIn(personalChat(who))?.activity);
const lastSummaryTo = (who: TeamsUser) => String(teams.lastIn(personalChat(who))?.activity.summary ?? '');

async function anActionOfJo(what: string) {
  return database.stores.actions.create(anAction({ ownerId: 'person-jo', what, status: 'acknowledged' }));
}

async function say(who: TeamsUser, text: string) {
  await teams.say(who, personalChat(who), text);
  return lastCardTo(who);
}

describe('Teams: giving an action to someone else', () => {
  it('the manager presses Reassign on the action in an answer, chooses Dan with a reason: Dan gets the card, Jo is told, the history says why', async () => {
    const action = await anActionOfJo('Audit the supervision records of the duty team');
    const answer = await say(helen, 'actions for Chesterfield');
    expect(textsOf(answer).join(' ')).toContain(`${action.reference} · Jo Bennett`);

    const reassign = buttonsOf(answer).get('Reassign');
    expect(reassign?.data).toEqual({ form: 'action.reassign', actionId: action._id });
    const form = await teams.press(helen, personalChat(helen), 'answer-1', 'form.open', reassign?.data ?? {});
    const formCard = form.body.value as Record<string, unknown>;
    expect(textsOf(formCard).join(' ')).toContain(`Give ${action.reference} to someone else`);
    expect(JSON.stringify(formCard)).toContain(`"dataset":"people.action_owners.${action._id}"`);

    const danBefore = messagesTo(dan);
    const done = await teams.press(helen, personalChat(helen), 'form-1', 'action.reassign', {
      actionId: action._id,
      newOwnerId: 'person-dan',
      reason: REASON,
    });
    await teams.settle();

    const receipt = textsOf(done.body.value).join(' ');
    expect(receipt).toContain(`${action.reference} given to Dan Reeves`);
    expect(receipt).toContain('Told: Dan Reeves, Jo Bennett.');
    expect(messagesTo(dan)).toBe(danBefore + 1);
    expect(lastSummaryTo(dan)).toContain('New action for you: Audit the supervision records');
    expect(factsOf(lastCardTo(dan))).toEqual(
      expect.arrayContaining(['Owner: Dan Reeves', `Reference: ${action.reference}`]),
    );

    const toJo = lastCardTo(jo);
    expect(textsOf(toJo).join(' ')).toContain(`Your action ${action.reference} was given to Dan Reeves`);
    expect(textsOf(toJo).join(' ')).toContain('Helen Ward');
    expect(factsOf(toJo)).toEqual(
      expect.arrayContaining(['Now with: Dan Reeves', `Why: ${REASON}`, `Action: ${action.what}`]),
    );

    const stored = await database.stores.actions.findById(action._id);
    expect(stored).toMatchObject({ ownerId: 'person-dan', status: 'open' });
    const trail = await database.stores.auditEvents.trailFor('action', action._id);
    expect(trail.at(-1)).toMatchObject({
      transition: 'reassign',
      actorId: 'person-helen',
      note: `Owner: Jo Bennett → Dan Reeves. Why: ${REASON}`,
    });
  });

  it('the same Reassign press delivered twice changes the action once and tells Dan and Jo once', async () => {
    const action = await anActionOfJo('Check every child in need plan has a review date');
    const [joBefore, danBefore] = [messagesTo(jo), messagesTo(dan)];
    const submission = { actionId: action._id, newOwnerId: 'person-dan', reason: REASON };

    await teams.press(helen, personalChat(helen), 'same-form', 'action.reassign', submission);
    const again = await teams.press(helen, personalChat(helen), 'same-form', 'action.reassign', submission);
    await teams.settle();

    expect(textsOf(again.body.value).join(' ')).toContain('given to Dan Reeves');
    expect(messagesTo(jo)).toBe(joBefore + 1);
    expect(messagesTo(dan)).toBe(danBefore + 1);
    const stored = await database.stores.actions.findById(action._id);
    expect(stored?.history.filter((entry) => entry.transition === 'reassign')).toHaveLength(1);
  });

  it('without a reason the form comes back asking for one, and nothing changes', async () => {
    const action = await anActionOfJo('Refresh the team’s safeguarding training');

    const refused = await teams.press(helen, personalChat(helen), 'form-2', 'action.reassign', {
      actionId: action._id,
      newOwnerId: 'person-dan',
      reason: '   ',
    });

    expect(textsOf(refused.body.value).join(' ')).toContain('Write why the action goes to someone else.');
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-jo', version: 1 });
  });

  it('to someone who works in another district: the form comes back saying so beside the picker, and nothing changes', async () => {
    const action = await anActionOfJo('Review the transfer-in checklist for the MAT');
    await database.stores.people.save(
      registered(teamsUser('sam', 'Sam Kerr'), { _id: 'person-sam', roles: ['staff'], districtIds: ['erewash'] }),
    );

    const refused = await teams.press(helen, personalChat(helen), 'form-4', 'action.reassign', {
      actionId: action._id,
      newOwnerId: 'person-sam',
      reason: REASON,
    });

    expect(textsOf(refused.body.value).join(' ')).toContain(
      'Sam Kerr does not work in this action’s district, so it cannot be given to them.',
    );
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-jo', version: 1 });
  });

  it('the owner is not offered Reassign on her own action, and pressing it anyway is refused with who can', async () => {
    const action = await anActionOfJo('Update the chronology template');
    const answer = await say(jo, 'my actions');
    expect([...buttonsOf(answer).keys()]).not.toContain('Reassign');

    const refused = await teams.press(jo, personalChat(jo), 'form-3', 'action.reassign', {
      actionId: action._id,
      newOwnerId: 'person-dan',
      reason: REASON,
    });

    expect(JSON.stringify(refused.body.value)).toContain(
      'Only a district manager or senior manager of the action’s district, or a QA manager, can give an action to someone else.',
    );
    expect((await database.stores.actions.findById(action._id))?.ownerId).toBe('person-jo');
  });

  it('“reassign A-n to Dan Reeves because …” in words: done, Dan gets the card and Jo is told', async () => {
    const action = await anActionOfJo('Agree the step-down checklist with the MAT');
    const [joBefore, danBefore] = [messagesTo(jo), messagesTo(dan)];

    const receipt = await say(helen, `reassign ${action.reference} to Dan Reeves because ${REASON}`);
    await teams.settle();

    expect(textsOf(receipt).join(' ')).toContain(`${action.reference} given to Dan Reeves`);
    expect(messagesTo(dan)).toBe(danBefore + 1);
    expect(messagesTo(jo)).toBe(joBefore + 1);
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-dan' });
  });

  it('the same words delivered again change nothing more and tell nobody twice', async () => {
    const action = await anActionOfJo('Review the transfer-in checklist');
    const text = `reassign ${(action.reference ?? '').toLowerCase()} to dan reeves because ${REASON}`;
    await say(helen, text);
    await teams.settle();
    const [joBefore, danBefore] = [messagesTo(jo), messagesTo(dan)];

    const again = await say(helen, text);
    await teams.settle();

    expect(textsOf(again).join(' ')).toContain('Dan Reeves owns this action already.');
    expect([messagesTo(jo), messagesTo(dan)]).toEqual([joBefore, danBefore]);
    const stored = await database.stores.actions.findById(action._id);
    expect(stored?.history.filter((entry) => entry.transition === 'reassign')).toHaveLength(1);
  });

  it('in words without a reason: the Reassign form comes back with Dan chosen, asking why, and nothing changes', async () => {
    const action = await anActionOfJo('Close the audit of missing-from-home returns');

    const form = await say(helen, `reassign ${action.reference} to Dan Reeves`);

    expect(textsOf(form).join(' ')).toContain('Write why the action goes to someone else.');
    expect(JSON.stringify(form)).toContain('"value":"person-dan"');
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-jo', version: 1 });
  });

  it.each([
    ['an unknown reference', 'reassign A-99999 to Dan Reeves because cover', 'No action A-99999 was found'],
    [
      'something that is not a reference',
      'reassign the audit to Dan Reeves because cover',
      '“the audit” is not an action reference.',
    ],
    ['an unknown person', 'reassign REF to Tim Nobody because cover', 'Nobody called “Tim Nobody” is registered.'],
  ])('in words with %s: a clear answer, and nothing changes', async (_case, typed, answer) => {
    const action = await anActionOfJo('Record the outcome of the legal planning meeting');

    await teams.say(helen, personalChat(helen), typed.replace('REF', action.reference ?? ''));

    expect(JSON.stringify(teams.lastIn(personalChat(helen))?.activity)).toContain(answer);
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-jo', version: 1 });
  });
});
