import { describe, expect, it } from 'vitest';
import { aChallengeDay } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { buttonPressed, modalSubmitted, optionsRequested } from '../../support/slack-requests.js';
import { answerOrModalToSlashCommand } from '../../support/slack-answers.js';

/*
 * A QA manager sets up the county's districts in Slack, from an empty database: bootstrapped by the email
 * users.info gives, they add a district in a modal, rename it from the districts list, and retire it. A
 * duplicate name is refused under its input; someone else is refused; a retired district is not recognised.
 */
const start = new Date('2026-12-01T09:00:00Z');
const scene = slackScene({
  now: start,
  districts: [],
  env: { BOOTSTRAP_ADMIN_EMAILS: 'priya.patel@derbyshire.gov.uk' },
});
const { database, post } = scene;
const api = () => scene.slack;

interface ModalView {
  private_metadata: string;
  blocks: { type: string; block_id?: string; element?: { type: string; action_id?: string; initial_value?: string } }[];
}
const lastModal = () => api().callsOf('views.open').at(-1)?.args.view as ModalView;

let commands = 0;
/** `/challenge <text>` in the person's direct message; what was answered on its response_url. */
async function command(userId: string, text: string) {
  commands += 1;
  return answerOrModalToSlashCommand(scene, userId, text, `command-${commands}`);
}

/** The value of the button with this title whose data names the record, from a message's blocks. */
function buttonValue(blocks: unknown, title: string, districtId?: string): string {
  const values: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { type?: string; text?: { text?: string }; value?: string };
      if (element.type === 'button' && element.text?.text === title && element.value) values.push(element.value);
      Object.values(element).forEach(walk);
    }
  };
  walk(blocks);
  const value = values.find((candidate) => !districtId || candidate.includes(districtId));
  if (!value) throw new Error(`no button "${title}"`);
  return value;
}

/** What the bot last told the person in their direct message (a refusal or receipt after a modal). */
const lastDirectMessage = () => String(api().callsOf('chat.postMessage').at(-1)?.args.text ?? '');
const districts = () => database.stores.districts.all();

describe('Slack: districts set up in chat by a QA manager', () => {
  it('/challenge add a district opens the form as a modal; submitting it adds the district, audited', async () => {
    api().addUser({ id: 'U-PRIYA', name: 'priya', realName: 'Priya Patel', email: 'priya.patel@derbyshire.gov.uk' });
    await command('U-PRIYA', 'add a district');
    const modal = lastModal();
    expect(JSON.stringify(modal)).toContain('Add a district');

    const submitted = await post(
      modalSubmitted('U-PRIYA', modal, {
        name: 'Erewash',
        matLocality: 'Erewash MAT',
        aliases: 'Ilkeston, Long Eaton',
      }),
    );

    expect(submitted.status).toBe(200);
    const [erewash, ...others] = await districts();
    expect(others).toEqual([]);
    expect(erewash).toMatchObject({ name: 'Erewash', matLocality: 'Erewash MAT', aliases: ['Ilkeston', 'Long Eaton'] });
    expect(await database.stores.auditEvents.trailFor('district', erewash?._id ?? '')).toEqual([
      expect.objectContaining({ transition: 'add', before: 'none', after: 'active' }),
    ]);
  });

  it('a name another district has, in another case, is shown under the name in the modal, and nothing is written', async () => {
    await command('U-PRIYA', 'add a district');

    const submitted = await post(modalSubmitted('U-PRIYA', lastModal(), { name: 'EREWASH', matLocality: 'Other MAT' }));

    expect(submitted.body).toEqual({
      response_action: 'errors',
      errors: {
        name: 'There is already a district called Erewash: district names and aliases must differ, ignoring case.',
      },
    });
    expect(await districts()).toHaveLength(1);
  });

  it('“districts” offers Change, which opens the modal filled in, and renames the district', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash'))?._id ?? '';
    const list = await command('U-PRIYA', 'districts');
    expect(String(list?.text)).toContain('1 district in use');

    await post(buttonPressed('U-PRIYA', 'D-U-PRIYA', '1700000000.000100', buttonValue(list?.blocks, 'Change')));
    await expect.poll(() => JSON.stringify(lastModal())).toContain('Change Erewash');
    const modal = lastModal();
    expect(modal.blocks.find((block) => block.block_id === 'aliases')?.element?.initial_value).toBe(
      'Ilkeston, Long Eaton',
    );
    const submitted = await post(modalSubmitted('U-PRIYA', modal, { name: 'Erewash Valley' }));

    expect(submitted.status).toBe(200);
    expect(await database.stores.districts.findById(erewashId)).toMatchObject({
      name: 'Erewash Valley',
      matLocality: 'Erewash MAT',
      aliases: ['Ilkeston', 'Long Eaton'],
    });
  });

  it('someone who is not a QA manager is told who can, and nothing is written', async () => {
    await database.stores.people.save(slackMember('person-jo', 'U-JO', ['district_manager'], { displayName: 'Jo' }));
    await command('U-PRIYA', 'add a district');
    const modal = lastModal();

    const asked = await command('U-JO', 'add a district');
    await post(modalSubmitted('U-JO', modal, { name: 'High Peak', matLocality: 'High Peak MAT' }));

    expect(String(asked?.text)).toContain('Only a QA manager can add a district.');
    await expect.poll(lastDirectMessage).toContain('Only a QA manager can add a district.');
    expect(await districts()).toHaveLength(1);
  });

  it('a team is added in a modal, its manager chosen from the district’s people; a second of the same name is refused under it', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash Valley'))?._id ?? '';
    await database.stores.people.save(slackMember('person-kim', 'U-KIM', ['staff'], { districtIds: [erewashId] }));
    await command('U-PRIYA', 'add a team to Erewash Valley');
    const modal = lastModal();
    const found = await post(optionsRequested('U-PRIYA', modal, 'managerId', 'ki'));
    expect(found.body).toEqual({ options: [{ text: { type: 'plain_text', text: 'kim' }, value: 'person-kim' }] });

    await post(modalSubmitted('U-PRIYA', modal, { name: 'Ilkeston CIN', managerId: 'person-kim' }));
    await command('U-PRIYA', 'add a team to Erewash Valley');
    const again = await post(modalSubmitted('U-PRIYA', lastModal(), { name: 'ilkeston cin', managerId: 'person-kim' }));

    expect(again.body).toEqual({
      response_action: 'errors',
      errors: { name: 'Erewash Valley already has a team called Ilkeston CIN: team names must differ, ignoring case.' },
    });
    expect(await database.stores.teams.inDistrict(erewashId)).toEqual([
      expect.objectContaining({ name: 'Ilkeston CIN', managerId: 'person-kim' }),
    ]);
  });

  it('retiring the district from its list keeps it, and it is no longer recognised: the county is back to setting up', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash Valley'))?._id ?? '';
    await database.stores.challengeDays.create(aChallengeDay({ districtId: erewashId, matLocality: 'Erewash MAT' }));
    const list = await command('U-PRIYA', 'districts');

    await post(buttonPressed('U-PRIYA', 'D-U-PRIYA', '1700000000.000200', buttonValue(list?.blocks, 'Retire')));
    await expect.poll(() => api().callsOf('chat.postEphemeral').length).toBeGreaterThan(0);
    const confirm = api().callsOf('chat.postEphemeral').at(-1)?.args;
    expect(String(confirm?.text)).toContain('Retire Erewash Valley?');
    await post(
      buttonPressed('U-PRIYA', 'D-U-PRIYA', '1700000000.000300', buttonValue(confirm?.blocks, 'Retire Erewash Valley')),
    );

    await expect.poll(async () => (await database.stores.districts.findById(erewashId))?.retiredAt).toEqual(start);
    // With no district in use, the QA manager is walked through the set-up again instead.
    expect(String((await command('U-PRIYA', 'link this channel to Erewash Valley'))?.text)).toContain(
      'Set up the Challenge Day bot',
    );
    expect(await database.stores.conversationLinks.anyForDistrict(erewashId)).toBe(false);
    expect(String((await command('U-PRIYA', 'districts'))?.text)).toContain('0 districts in use, 1 retired');
  });
});
