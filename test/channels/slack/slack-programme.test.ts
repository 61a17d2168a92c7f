import { describe, expect, it } from 'vitest';
import { aDistrict } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { modalSubmitted } from '../../support/slack-requests.js';
import { answerOrModalToSlashCommand, lastModalOpened } from '../../support/slack-answers.js';

/*
 * The programme in Slack: `/challenge programme for 2027` opens the rota form as a modal, a wrong line is shown
 * under the rota and nothing is stored, a right one is saved; `/challenge programme 2027` shows the year.
 */
const scene = slackScene({
  now: new Date('2026-12-01T09:00:00Z'),
  districts: [
    aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: ['Ilkeston'] }),
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'High Peak MAT', aliases: [] }),
  ],
  people: [slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { displayName: 'Priya Patel' })],
});
const { database, post } = scene;

const lastModal = () => lastModalOpened(scene);

let commands = 0;
/** `/challenge <text>` in the person's direct message; what was answered on its response_url, if anything. */
function command(text: string) {
  commands += 1;
  return answerOrModalToSlashCommand(scene, 'U-PRIYA', text, `programme-${commands}`);
}

describe('Slack: the programme of Challenge Days', () => {
  it('/challenge programme for 2027 opens the rota form as a modal, a line for each district filled in', async () => {
    await command('programme for 2027');
    const modal = lastModal();

    expect(JSON.stringify(modal)).toContain('Challenge Day programme for 2027');
    expect(modal.blocks.find((block) => block.block_id === 'rota')?.element?.initial_value).toBe(
      'Erewash, every 8 weeks, Wednesday, from 2027-01-04\nHigh Peak, every 8 weeks, Wednesday, from 2027-01-04',
    );
  });

  it('a first date outside the year is shown under the rota, and nothing is stored', async () => {
    const submitted = await post(
      modalSubmitted('U-PRIYA', lastModal(), {
        rota: 'Ilkeston, every 8 weeks, Wednesday, from 2026-12-16',
        blackouts: '',
        reminderWeeks: '4',
      }),
    );

    expect(submitted.body).toEqual({
      response_action: 'errors',
      errors: { rota: 'Line 1: Erewash’s first date, 2026-12-16, is not in 2027.' },
    });
    expect(await database.stores.programmes.forYear(2027)).toBeNull();
  });

  it('a right rota is saved, and /challenge programme 2027 shows its days', async () => {
    await command('programme for 2027');
    const submitted = await post(
      modalSubmitted('U-PRIYA', lastModal(), {
        rota: 'Ilkeston, every 8 weeks, Wednesday, from 2027-01-13\nHigh Peak, every 6 weeks, Tuesday, from 2027-01-05',
        blackouts: '2027-07-23 to 2027-09-01',
        reminderWeeks: '3',
      }),
    );

    expect(submitted.status).toBe(200);
    expect(await database.stores.programmes.forYear(2027)).toMatchObject({
      reminderWeeks: 3,
      rota: [expect.objectContaining({ districtId: 'erewash' }), expect.objectContaining({ districtId: 'high-peak' })],
    });
    const year = JSON.stringify(await command('programme 2027'));
    expect(year).toContain('Challenge Day programme 2027');
    expect(year).toContain('Wed 13 Jan');
    expect(year).toContain('/charts/programme-2027.png');
  });
});
