import { describe, expect, it } from 'vitest';
import { anAction } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { answerToSlashCommand, lastModalOpened } from '../../support/slack-answers.js';
import { buttonValue } from '../../support/slack-button-value.js';
import { buttonPressed, modalSubmitted, optionsRequested, slashCommand } from '../../support/slack-requests.js';

/*
 * The same people commands in Slack: a form opens as a modal, a list and a confirmation come back as
 * messages whose buttons are pressed, and a leaver is refused from their next command or button.
 */

const scene = slackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { displayName: 'Priya Shah' }),
    slackMember('person-dee', 'U-DEE', ['district_manager'], { displayName: 'Dee Watts' }),
    slackMember('person-helen', 'U-HELEN', ['staff'], { displayName: 'Helen Ward' }),
    slackMember('person-jo', 'U-JO', ['staff'], { displayName: 'Jo Bennett' }),
  ],
  seed: async () => {
    for (const user of ['U-PRIYA', 'U-DEE', 'U-HELEN', 'U-JO']) {
      await scene.post(slashCommand(user, `D-${user}`, 'help', scene.slack.responseUrl(`help-${user}`)));
    }
  },
});
const { database, post, slack } = scene;

const lastModal = () => lastModalOpened(scene);

const answerTo = (user: string, text: string, name: string) => answerToSlashCommand(scene, user, text, name);

describe('people, one at a time, in Slack', () => {
  it('“add a person” opens a modal; submitting it registers them, to be linked when they first write', async () => {
    await post(slashCommand('U-PRIYA', 'D-U-PRIYA', 'add a person', slack.responseUrl('add')));
    await expect.poll(() => slack.callsOf('views.open').length).toBe(1);

    const submitted = await post(
      modalSubmitted('U-PRIYA', lastModal(), {
        displayName: 'Nina Cole',
        email: 'nina.cole@derbyshire.gov.uk',
        roles: 'staff',
        districtIds: 'chesterfield',
      }),
    );

    expect(submitted.status).toBe(200);
    await expect.poll(async () => (await database.stores.people.named('Nina Cole')).length).toBe(1);
    expect((await database.stores.people.named('Nina Cole'))[0]).toMatchObject({
      email: 'nina.cole@derbyshire.gov.uk',
      roles: ['staff'],
      districtIds: ['chesterfield'],
    });
  });

  it('“people in Chesterfield” answers with the list and a Change button for each person', async () => {
    const answer = await answerTo('U-DEE', 'people in Chesterfield', 'list');
    const shown = JSON.stringify(answer);
    expect(shown).toContain('People in Chesterfield');
    expect(shown).toContain('Jo Bennett');
    expect(buttonValue(answer, 'Change')).toContain('person.change');
  });

  it('a leaver is recorded on the confirmation, the modal that opens gives all their actions to a colleague, and they are refused from then on', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-helen', what: 'Update the chronology on CR-104233' }),
    );
    const confirm = await answerTo('U-DEE', 'Helen Ward has left', 'leaving');
    expect(JSON.stringify(confirm)).toContain('1 open action');

    // Recorded, the card now asks whom to give the actions to: in Slack that form opens as a modal at once.
    const modalsBefore = slack.callsOf('views.open').length;
    await post(
      buttonPressed('U-DEE', 'D-U-DEE', '1765100000.000100', buttonValue(confirm, 'Record that Helen Ward has left')),
    );
    await expect.poll(async () => (await database.stores.people.findById('person-helen'))?.leftAt).toBeDefined();
    await expect.poll(() => slack.callsOf('views.open').length).toBe(modalsBefore + 1);
    expect(JSON.stringify(lastModal())).toContain('Helen Ward left on Mon 7 Dec 2026');
    // Whom to give them to is searched by name, among Chesterfield's current people.
    const found = await post(optionsRequested('U-DEE', lastModal(), 'newOwnerId', 'jo'));
    expect(JSON.stringify(found.body)).toContain('Jo Bennett');
    await post(modalSubmitted('U-DEE', lastModal(), { newOwnerId: 'person-jo' }));

    await expect.poll(async () => (await database.stores.actions.findById(action._id))?.ownerId).toBe('person-jo');
    await scene.settle();
    expect(
      slack
        .callsOf('chat.postMessage')
        .some((call) => String(call.args.text).includes('New action for you: Update the chronology on CR-104233')),
    ).toBe(true);

    const refused = await answerTo('U-HELEN', 'my actions', 'helen-after');
    expect(String(refused.text)).toBe(
      'Your record says you left the service on Mon 7 Dec 2026, so the Challenge Day bot no longer acts for you: if that is wrong, ask your QA manager, Priya Shah, to change it.',
    );
    const ephemeralsBefore = slack.callsOf('chat.postEphemeral').length;
    await post(
      buttonPressed(
        'U-HELEN',
        'D-U-HELEN',
        '1765100000.000200',
        JSON.stringify({ verb: 'action.acknowledge', data: { actionId: action._id } }),
      ),
    );
    await expect.poll(() => slack.callsOf('chat.postEphemeral').length).toBe(ephemeralsBefore + 1);
    expect(String(slack.callsOf('chat.postEphemeral').at(-1)?.args.text)).toContain('Your record says you left');
    expect((await database.stores.actions.findById(action._id))?.status).toBe('open');
  });
});
