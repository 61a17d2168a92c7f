import { describe, expect, it } from 'vitest';
import { slackMember, slackScene } from '../../support/scene.js';
import { modalSubmitted, slashCommand } from '../../support/slack-requests.js';

const CHANNEL = 'C-CHESTERFIELD';
const scene = slackScene({
  now: new Date('2026-12-01T09:00:00Z'),
  people: [
    slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { email: 'priya.patel@derbyshire.gov.uk' }),
    slackMember('person-dee', 'U-DEE', ['district_manager'], { districtIds: ['chesterfield'] }),
    // Registered by email, not yet linked to Slack: not offered.
    slackMember('person-jo', 'U-UNUSED', ['staff'], { email: 'jo.bennett@derbyshire.gov.uk', identities: {} }),
  ],
});
const { database, post, slack } = scene;

interface ModalView {
  private_metadata: string;
  blocks: { type: string; block_id?: string; label?: { text: string }; element?: { type: string } }[];
}
const lastModal = () => slack.callsOf('views.open').at(-1)?.args.view as ModalView;
const lastResponse = () => JSON.stringify(slack.responses.at(-1)?.body ?? {});

describe('who here is not registered? (Slack)', () => {
  it('opens the channel’s unregistered members as a form, reading the members page by page and up to 50 strangers by users.info', async () => {
    slack.addUser({ id: 'U-PRIYA', name: 'priya', realName: 'Priya Patel', email: 'priya.patel@derbyshire.gov.uk' });
    slack.addUser({ id: 'U-JO', name: 'jo', realName: 'Jo Bennett', email: 'Jo.Bennett@derbyshire.gov.uk' });
    slack.addUser({ id: 'U-AMY', name: 'amy', realName: 'Amy Clarke', email: 'amy.clarke@derbyshire.gov.uk' });
    slack.addUser({ id: 'U-BEN', name: 'ben', realName: 'Ben Okafor', email: 'ben.okafor@derbyshire.gov.uk' });
    slack.addUser({ id: 'U-GUEST', name: 'guest', realName: 'Sam Guest' });
    slack.addUser({ id: 'U-HELPER', name: 'helper', realName: 'Helper bot', isBot: true });
    const members = ['U-PRIYA', 'U-JO', 'U-AMY', 'U-BEN', 'U-GUEST', 'U-HELPER'];
    slack.setChannelMembers(CHANNEL, [...members, ...Array.from({ length: 200 }, (_, index) => `U-GONE-${index}`)]);
    await post(slashCommand('U-PRIYA', CHANNEL, 'link Chesterfield', slack.responseUrl('link')));
    await expect.poll(lastResponse).toContain('This channel is now linked to Chesterfield');

    await post(slashCommand('U-PRIYA', CHANNEL, 'who here is not registered?', slack.responseUrl('roster')));

    await expect.poll(() => slack.callsOf('views.open').length).toBe(1);
    const modal = lastModal();
    const inputs = modal.blocks.filter((block) => block.type === 'input');
    expect(inputs.map((block) => [block.block_id, block.label?.text])).toEqual([
      ['role_0', 'Amy Clarke · amy.clarke@derbyshire.gov.uk'],
      ['role_1', 'Ben Okafor · ben.okafor@derbyshire.gov.uk'],
    ]);
    expect(JSON.stringify(modal)).toContain('Sam Guest');
    // Two pages of members; the registered QA manager is not looked up, and of the 205 others the first 50
    // are: the rest are offered when the question is asked again.
    expect(slack.callsOf('conversations.members').map((call) => Boolean(call.args.cursor))).toEqual([false, true]);
    expect(slack.callsOf('users.info').some((call) => call.args.user === 'U-PRIYA')).toBe(false);
    expect(slack.callsOf('users.info')).toHaveLength(50);
    expect(JSON.stringify(modal)).toContain('And 155 more: ask again once these are added.');
  });

  it('adds them with the roles chosen when the form is submitted, each audited', async () => {
    const response = await post(modalSubmitted('U-PRIYA', lastModal(), { role_1: 'auditor' }));
    expect(response.status).toBe(200);

    expect(await database.stores.people.findByEmail('amy.clarke@derbyshire.gov.uk')).toMatchObject({
      roles: ['staff'],
      districtIds: ['chesterfield'],
    });
    const ben = await database.stores.people.findByEmail('ben.okafor@derbyshire.gov.uk');
    expect(ben).toMatchObject({ roles: ['auditor'], districtIds: ['chesterfield'] });
    expect(await database.stores.auditEvents.trailFor('person', ben!._id)).toHaveLength(1);
    await expect.poll(() => JSON.stringify(slack.callsOf('chat.postMessage').at(-1)?.args)).toContain('2 people added');
  });

  it('refuses a district manager, naming who can', async () => {
    await post(slashCommand('U-DEE', CHANNEL, 'who here is not registered?', slack.responseUrl('dee')));
    await expect.poll(lastResponse).toContain('Only a QA manager can add a channel’s members');
  });
});
