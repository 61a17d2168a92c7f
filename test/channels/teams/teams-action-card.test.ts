import { describe, expect, it } from 'vitest';
import { anAction } from '../../support/fixtures.js';
import { teamsScene } from '../../support/scene.js';
import { cardIn, textsOf, type TeamsConversation, registered } from '../../support/teams-activities.js';

const channel: TeamsConversation = {
  id: '19:chesterfield-plan@thread.tacv2',
  type: 'channel',
  tenantId: 'tenant-derbyshire',
};
const owner = { aadObjectId: 'aad-owner', name: 'Jo Bennett' };
const colleague = { aadObjectId: 'aad-colleague', name: 'Liam Foster' };

const teams = teamsScene({
  now: new Date('2026-12-01T10:00:00Z'),
  people: [
    registered(owner, { _id: 'person-owner', roles: ['staff'] }),
    registered(colleague, { _id: 'person-colleague', roles: ['staff'] }),
  ],
});
const { database, connector } = teams;

describe('an action card in Teams', () => {
  it('acknowledged by its owner, is replaced for everyone by the action as it now stands', async () => {
    const action = await database.stores.actions.create(anAction({ ownerId: 'person-owner' }));
    const response = await teams.press(owner, channel, 'action-card-1', 'action.acknowledge', { actionId: action._id });

    expect(JSON.stringify(response.body.value)).toContain('"value":"Acknowledged"'); // the status, in the card's facts
    await teams.settle(); // replaced for everyone once the answer is sent
    const replaced = connector
      .callsTo(channel.id)
      .find((call) => call.method === 'PUT' && call.activityId === 'action-card-1');
    expect(JSON.stringify(cardIn(replaced?.activity))).toContain('"value":"Acknowledged"');
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ status: 'acknowledged', version: 2 });
  });

  it('acknowledged by someone else, says only the owner or a manager can, and nothing changes', async () => {
    const action = await database.stores.actions.create(anAction({ ownerId: 'person-owner' }));
    const response = await teams.press(colleague, channel, 'action-card-2', 'action.acknowledge', {
      actionId: action._id,
    });

    expect(textsOf(response.body.value).join(' ')).toContain(
      'Only the owner of this action or a manager for its district can do that.',
    );
    expect(connector.callsTo(channel.id).some((call) => call.activityId === 'action-card-2')).toBe(false);
    expect(await database.stores.actions.findById(action._id)).toEqual(action);
  });

  it('with another action’s id swapped into the card’s data, acts only as that person may on that action', async () => {
    const someoneElses = await database.stores.actions.create(anAction({ ownerId: 'person-colleague' }));
    const response = await teams.press(owner, channel, 'action-card-3', 'action.acknowledge', {
      actionId: someoneElses._id,
    });

    expect(textsOf(response.body.value).join(' ')).toContain(
      'Only the owner of this action or a manager for its district can do that.',
    );
    expect(await database.stores.actions.findById(someoneElses._id)).toEqual(someoneElses);
  });
});
