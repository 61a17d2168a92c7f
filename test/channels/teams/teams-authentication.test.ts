import { describe, expect, it } from 'vitest';
import { FakeBotFrameworkTokens } from '../../fakes/bot-framework-tokens.js';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';
import { noticeReplySubmission } from '../../support/form-submissions.js';
import { teamsSceneWithCredentials } from '../../support/scene.js';
import { cardAction, postActivity, type TeamsConversation } from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';

const APP_ID = 'b1e3a5c7-0000-4000-8000-000000000001';
const allowedTenant = 'tenant-derbyshire';
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };
let dayId = '';

const teams = teamsSceneWithCredentials(
  { appId: APP_ID, allowedTenantId: allowedTenant },
  {
    people: [aPerson({ _id: 'person-jo', roles: ['staff'], identities: { teamsAadObjectId: jo.aadObjectId } })],
    seed: async () => {
      dayId = (
        await database.stores.challengeDays.create(
          aChallengeDay({ status: 'announced', expectedAttendeeIds: ['person-jo'] }),
        )
      )._id;
    },
  },
);
const { database, connector, tokens } = teams;

const reply = (tenantId = allowedTenant) => {
  const chat: TeamsConversation = { id: 'a:personal-jo', type: 'personal', tenantId };
  return cardAction(connector.serviceUrl, chat, jo, 'notice-card', 'notice.reply', {
    challengeDayId: dayId,
    ...noticeReplySubmission(),
  });
};
const repliesStored = () => database.stores.noticeReplies.repliesForDay(dayId);

describe('Teams requests when the bot has credentials', () => {
  it('with a valid Bot Framework token for this app, are handled', async () => {
    const token = tokens.token({ audience: APP_ID, serviceUrl: connector.serviceUrl });
    const response = await postActivity(teams.running.baseUrl, reply(), `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(await repliesStored()).toHaveLength(1);
    await database.stores.noticeReplies.collection[driver].deleteMany({ challengeDayId: dayId });
  });

  it.each([
    ['no token', () => undefined],
    [
      'a token for another audience',
      () => `Bearer ${tokens.token({ audience: 'some-other-bot', serviceUrl: connector.serviceUrl })}`,
    ],
    [
      'an expired token',
      () => `Bearer ${tokens.token({ audience: APP_ID, serviceUrl: connector.serviceUrl, expiresInSeconds: -3600 })}`,
    ],
    [
      'a token signed with someone else’s key',
      () =>
        `Bearer ${tokens.token({ audience: APP_ID, serviceUrl: connector.serviceUrl }, FakeBotFrameworkTokens.strangerKey())}`,
    ],
    [
      'a token for another service URL',
      () => `Bearer ${tokens.token({ audience: APP_ID, serviceUrl: 'https://attacker.example/' })}`,
    ],
  ])('with %s, are refused with 401 and nothing is stored', async (_case, authorization) => {
    const response = await postActivity(teams.running.baseUrl, reply(), authorization());
    expect(response.status).toBe(401);
    expect(await repliesStored()).toEqual([]);
    expect(connector.calls).toEqual([]);
  });

  it('from a tenant that is not allowed, are refused and nothing is stored', async () => {
    const token = tokens.token({ audience: APP_ID, serviceUrl: connector.serviceUrl });
    const response = await postActivity(teams.running.baseUrl, reply('tenant-elsewhere'), `Bearer ${token}`);
    expect(response.status).toBe(403);
    expect(await repliesStored()).toEqual([]);
  });
});
