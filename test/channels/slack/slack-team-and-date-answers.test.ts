import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { anAction } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { answerToSlashCommand } from '../../support/slack-answers.js';
import { buttonValue } from '../../support/slack-button-value.js';
import { buttonPressed, slashCommand } from '../../support/slack-requests.js';

/** In Slack as in Teams: "date requests" and "my team's actions" answer with the buttons the manager may use. */

const scene = slackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    slackMember('person-jo', 'U-JO', ['staff'], { displayName: 'Jo Bennett', managerId: 'person-helen' }),
    slackMember('person-helen', 'U-HELEN', ['district_manager'], { displayName: 'Helen Ward' }),
  ],
  seed: async () => {
    for (const user of ['U-JO', 'U-HELEN']) {
      await scene.post(slashCommand(user, `D-${user}`, 'help', scene.slack.responseUrl(`help-${user}`)));
    }
  },
});
const { database } = scene;

describe('the date requests and team answers, in Slack', () => {
  it('“date requests” shows Jo’s request to her manager, whose Approve there moves the due date', async () => {
    const action = await database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        what: 'Update the chronology template',
        dateChangeRequest: {
          requestedDate: calendarDateFromIso('2027-01-29'),
          reason: 'The new template is not published until January',
          byId: 'person-jo',
          at: new Date('2026-12-06T10:00:00Z'),
        },
      }),
    );

    const answer = await answerToSlashCommand(scene, 'U-HELEN', 'date requests', 'dates');
    expect(JSON.stringify(answer)).toContain('New dates asked for');
    await scene.post(
      buttonPressed('U-HELEN', 'D-U-HELEN', '1765100000.000100', buttonValue(answer, 'Approve new date')),
    );

    await expect
      .poll(async () => (await database.stores.actions.findById(action._id))?.dueDate)
      .toEqual(calendarDateFromIso('2027-01-29'));
  });

  it('“my team’s actions” lists the actions of the people she line-manages', async () => {
    await database.stores.actions.create(anAction({ ownerId: 'person-jo', what: 'Audit the supervision records' }));

    const answer = await answerToSlashCommand(scene, 'U-HELEN', "my team's actions", 'team');

    expect(JSON.stringify(answer)).toContain('Audit the supervision records');
    expect(JSON.stringify(answer)).toContain('of your team');
  });
});
