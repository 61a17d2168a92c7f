import { describe, expect, it } from 'vitest';
import { anAction } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { answerToSlashCommand, lastModalOpened } from '../../support/slack-answers.js';
import { buttonValue } from '../../support/slack-button-value.js';
import { buttonPressed, modalSubmitted, optionsRequested, slashCommand } from '../../support/slack-requests.js';

/** In Slack as in Teams: a manager gives an action to someone else, from its Reassign button or in words. */

const scene = slackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    slackMember('person-jo', 'U-JO', ['staff'], { displayName: 'Jo Bennett' }),
    slackMember('person-helen', 'U-HELEN', ['district_manager'], { displayName: 'Helen Ward' }),
    slackMember('person-dan', 'U-DAN', ['staff'], { displayName: 'Dan Reeves' }),
  ],
  seed: async () => {
    for (const user of ['U-JO', 'U-HELEN', 'U-DAN']) {
      await scene.post(slashCommand(user, `D-${user}`, 'help', scene.slack.responseUrl(`help-${user}`)));
    }
  },
});
const { database, post, slack } = scene;

const lastModal = () => lastModalOpened(scene);
const postedTo = (channel: string) => slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);

const answerTo = (user: string, text: string, name: string) => answerToSlashCommand(scene, user, text, name);

describe('giving an action to someone else, in Slack', () => {
  it('Reassign on the answer opens a modal that finds Dan by name; submitted with a reason, Dan gets the card and Jo is told', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', what: 'Audit the duty team’s supervision records', status: 'acknowledged' }),
    );
    const answer = await answerTo('U-HELEN', 'actions for Chesterfield', 'answer');
    expect(JSON.stringify(answer)).toContain(`${action.reference} · Jo Bennett`);

    const modalsBefore = slack.callsOf('views.open').length;
    await post(buttonPressed('U-HELEN', 'D-U-HELEN', '1765100000.000100', buttonValue(answer, 'Reassign')));
    await expect.poll(() => slack.callsOf('views.open').length).toBe(modalsBefore + 1);
    expect(JSON.stringify(lastModal())).toContain(`Give ${action.reference} to someone else`);
    const found = await post(optionsRequested('U-HELEN', lastModal(), 'newOwnerId', 'dan'));
    expect(JSON.stringify(found.body)).toContain('Dan Reeves');

    await post(
      modalSubmitted('U-HELEN', lastModal(), {
        newOwnerId: 'person-dan',
        reason: 'The duty team has capacity this month',
      }),
    );

    await expect.poll(async () => (await database.stores.actions.findById(action._id))?.ownerId).toBe('person-dan');
    await scene.settle();
    expect(
      postedTo('D-U-DAN').some((call) => String(call.args.text).includes('New action for you: Audit the duty team')),
    ).toBe(true);
    const toJo = postedTo('D-U-JO').at(-1);
    expect(String(toJo?.args.text)).toContain(`Your action ${action.reference} was given to Dan Reeves by Helen Ward`);
    expect(JSON.stringify(toJo?.args.blocks)).toContain('The duty team has capacity this month');
  });

  it('“reassign A-n to Dan Reeves” with no reason opens the form with Dan chosen, asking why; nothing changes until it is given', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', what: 'Refresh the safeguarding training plan', status: 'acknowledged' }),
    );

    const modalsBefore = slack.callsOf('views.open').length;
    await post(
      slashCommand('U-HELEN', 'D-U-HELEN', `reassign ${action.reference} to Dan Reeves`, slack.responseUrl('why')),
    );

    // A form opens as a modal in Slack.
    await expect.poll(() => slack.callsOf('views.open').length).toBe(modalsBefore + 1);
    const modal = JSON.stringify(lastModal());
    expect(modal).toContain('Write why the action goes to someone else.');
    expect(modal).toContain('"value":"person-dan"');
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-jo', version: 1 });
  });
});
