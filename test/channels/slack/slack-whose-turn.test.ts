import { describe, expect, it } from 'vitest';
import { anAction } from '../../support/fixtures.js';
import { completeActionSubmission } from '../../support/form-submissions.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { buttonValue } from '../../support/slack-button-value.js';
import { buttonPressed, slashCommand } from '../../support/slack-requests.js';

/** In Slack as in Teams: a manager is told in their direct message when an action waits for them. */

const scene = slackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    slackMember('person-jo', 'U-JO', ['staff'], { displayName: 'Jo Bennett' }),
    slackMember('person-helen', 'U-HELEN', ['district_manager'], { displayName: 'Helen Ward' }),
  ],
  seed: async () => {
    for (const user of ['U-JO', 'U-HELEN']) {
      await scene.post(slashCommand(user, `D-${user}`, 'help', scene.slack.responseUrl(`help-${user}`)));
    }
  },
});
const { database } = scene;

/** The messages the bot posted into a direct message, newest last. */
const postedTo = (channel: string) =>
  scene.slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);

describe('told when it is their turn, in Slack', () => {
  it('an owner marks an action complete: the district manager gets a direct message with Verify, presses it, and the owner is told', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', what: 'Brief the team on the threshold document', status: 'acknowledged' }),
    );
    await scene.post(
      buttonPressed(
        'U-JO',
        'D-U-JO',
        '1765100000.000100',
        JSON.stringify({ verb: 'action.complete', data: { actionId: action._id, ...completeActionSubmission() } }),
      ),
    );
    await expect.poll(() => postedTo('D-U-HELEN').length).toBe(1);
    const toHelen = postedTo('D-U-HELEN')[0];
    expect(String(toHelen?.args.text)).toContain('Jo Bennett has marked an action complete');

    await scene.post(
      buttonPressed('U-HELEN', 'D-U-HELEN', '1765100001.000100', buttonValue(toHelen, 'Verify complete')),
    );

    await expect.poll(async () => (await database.stores.actions.findById(action._id))?.status).toBe('verified');
    await expect
      .poll(() =>
        postedTo('D-U-JO').some((call) => String(call.args.text).includes('Your action was verified as done')),
      )
      .toBe(true);
  });
});
