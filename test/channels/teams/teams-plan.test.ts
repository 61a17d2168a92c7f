import { beforeAll, describe, expect, it } from 'vitest';
import { aDistrict } from '../../support/fixtures.js';
import {
  cardAction,
  cardIn,
  message,
  postActivity,
  textsOf,
  type TeamsConversation,
  registered,
} from '../../support/teams-activities.js';
import { useTeamsBot } from '../../support/teams-harness.js';
import { useTestDatabase } from '../../support/test-database.js';
import { planSubmission } from '../../support/form-submissions.js';

const database = useTestDatabase();
const teams = useTeamsBot(database, { env: {}, now: new Date('2026-11-26T10:00:00Z') });
const { connector } = teams;

const chat: TeamsConversation = { id: 'a:personal-priya', type: 'personal', tenantId: 'tenant-derbyshire' };
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };

beforeAll(async () => {
  await database.stores.districts.save(aDistrict());
  await database.stores.people.save(registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }));
  await database.stores.people.save(registered(jo, { _id: 'person-jo', roles: ['staff'] }));
});

describe('planning a Challenge Day in Teams', () => {
  it('the QA manager writes "plan", fills in the form, and gets a receipt with the time of the 48-hour notice', async () => {
    await postActivity(teams.running.baseUrl, message(connector.serviceUrl, chat, priya, 'plan'));
    const form = connector.callsTo(chat.id).at(-1);
    expect(textsOf(cardIn(form?.activity)).join(' ')).toMatch(/Plan a Challenge Day/i);

    const response = await postActivity(
      teams.running.baseUrl,
      cardAction(connector.serviceUrl, chat, priya, 'plan-form-1', 'plan.submit', planSubmission()),
    );

    const receipt = textsOf(response.body.value).join(' ');
    expect(receipt).toContain('Challenge Day planned: Chesterfield and Chesterfield MAT');
    const days = await database.stores.challengeDays.collection.raw.find({ districtId: 'chesterfield' }).toArray();
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

  it('anyone else who writes "plan" is told only a QA manager can plan a day', async () => {
    const joChat: TeamsConversation = { ...chat, id: 'a:personal-jo' };
    await postActivity(teams.running.baseUrl, message(connector.serviceUrl, joChat, jo, 'plan'));
    const answer = cardIn(connector.callsTo(joChat.id).at(-1)?.activity);
    expect(textsOf(answer).join(' ')).toContain('Only a QA manager can plan a Challenge Day.');
  });
});
