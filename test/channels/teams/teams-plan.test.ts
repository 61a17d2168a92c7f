import { describe, expect, it } from 'vitest';
import { planSubmission } from '../../support/form-submissions.js';
import { teamsScene } from '../../support/scene.js';
import { cardIn, textsOf, type TeamsConversation, registered } from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';

const chat: TeamsConversation = { id: 'a:personal-priya', type: 'personal', tenantId: 'tenant-derbyshire' };
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };

const teams = teamsScene({
  now: new Date('2026-11-26T10:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    // Registered by name only: no Teams or Slack account is known for her.
    registered({ aadObjectId: 'aad-ann', name: 'Ann Lowe' }, { _id: 'person-ann', roles: ['staff'], identities: {} }),
  ],
});
const { database } = teams;

describe('planning a Challenge Day in Teams', () => {
  it('the QA manager writes "plan", fills in the form, and gets a receipt with the time of the 48-hour notice', async () => {
    await teams.say(priya, chat, 'plan');
    const form = teams.lastIn(chat);
    expect(textsOf(cardIn(form?.activity)).join(' ')).toMatch(/Plan a Challenge Day/i);

    const response = await teams.press(priya, chat, 'plan-form-1', 'plan.submit', planSubmission());

    const receipt = textsOf(response.body.value).join(' ');
    expect(receipt).toContain('Challenge Day planned: Chesterfield and Chesterfield MAT');
    const days = await database.stores.challengeDays.collection[driver].find({ districtId: 'chesterfield' }).toArray();
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({
      focusAreas: [
        'The voice of the child is heard and shapes their plan',
        'Effective management oversight and supervision',
      ],
      expectedAttendeeIds: ['person-jo'],
    });
    const notice = await database.stores.scheduledWork.collection.findById(`notice:${String(days[0]?._id)}`);
    expect(notice?.dueAt).toEqual(new Date('2026-12-08T09:30:00Z'));
  });

  it('the receipt names whom the notice will not reach, and says the district has no channel for it yet', async () => {
    const response = await teams.press(
      priya,
      chat,
      'plan-form-2',
      'plan.submit',
      planSubmission({ date: '2026-12-17', expectedAttendeeIds: 'person-jo,person-ann' }),
    );

    const receipt = textsOf(response.body.value).join(' ');
    expect(receipt).toContain('Challenge Day planned: Chesterfield and Chesterfield MAT');
    expect(receipt).toContain(
      'The notice cannot reach: Ann Lowe — the bot knows no Teams or Slack account of theirs; tell them directly.',
    );
    expect(receipt).not.toContain('Jo Bennett');
    expect(receipt).toContain(
      'No channel is linked to Chesterfield for this: link one with “link this channel to Chesterfield”.',
    );
  });

  it('anyone else who writes "plan" is told only a QA manager can plan a day', async () => {
    const joChat: TeamsConversation = { ...chat, id: 'a:personal-jo' };
    await teams.say(jo, joChat, 'plan');
    const answer = cardIn(teams.lastIn(joChat)?.activity);
    expect(textsOf(answer).join(' ')).toContain('Only a QA manager can plan a Challenge Day.');
  });
});
