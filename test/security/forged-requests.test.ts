import { describe, expect, it } from 'vitest';
import { FakeBotFrameworkTokens } from '../fakes/bot-framework-tokens.js';
import {
  buttonPressed,
  postToSlackEndpoint,
  SIGNING_SECRET,
  slackSignature,
  slashCommand,
  type SlackPost,
} from '../support/slack-requests.js';
import { cardAction, postActivity, type TeamsConversation } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import { people, records, seedCounty } from './support/county.js';
import { APP_ID, TENANT_ID, useSecuredBot } from './support/secured-bot.js';
import { everythingStored } from './support/stored-records.js';
import { driver } from '../../src/store/driver-collection.js';

/*
 * Requests that did not come from Teams or Slack, or not from the county's tenant or workspace: a token or
 * signature missing, forged, expired, for someone else, or a genuine request altered or replayed. Each is
 * refused before the bot acts on it, and nothing is stored or sent.
 */

const database = useTestDatabase();
// The clock of the bot is the real one here: tokens and signatures are checked against the current time.
const bot = useSecuredBot(database, { seed: () => seedCounty(database.stores) });
const { owen } = people;
const dayId = records.dayChesterfield._id;

const owensChat = (tenantId = TENANT_ID): TeamsConversation => ({
  id: `a:personal-${owen._id}`,
  type: 'personal',
  tenantId,
});
const owensReply = (kind: string, tenantId = TENANT_ID) =>
  cardAction(
    bot.connector.serviceUrl,
    owensChat(tenantId),
    { aadObjectId: owen.identities.teamsAadObjectId ?? '', name: owen.displayName },
    'notice-card',
    'notice.reply',
    { challengeDayId: dayId, kind },
  );
const token = (
  claims: Partial<Parameters<FakeBotFrameworkTokens['token']>[0]> = {},
  key?: Parameters<FakeBotFrameworkTokens['token']>[1],
) => `Bearer ${bot.tokens.token({ audience: APP_ID, serviceUrl: bot.connector.serviceUrl, ...claims }, key)}`;
const owensReplyStored = async () =>
  (await database.stores.noticeReplies.repliesForDay(dayId)).find((reply) => reply.personId === owen._id);
const forget = () => database.stores.noticeReplies.collection[driver].deleteMany({ challengeDayId: dayId });

const owensButton = (kind: string, team?: string) =>
  buttonPressed(
    owen.identities.slackUserId ?? '',
    'C-CHESTERFIELD',
    '1700000000.000100',
    JSON.stringify({ verb: 'notice.reply', data: { challengeDayId: dayId, kind }, opensForm: false }),
    team,
  );
const now = () => Math.floor(Date.now() / 1000);
/** A request signed as Slack signs it, at the given time. */
const signed = (post: SlackPost, timestamp = now(), secret = SIGNING_SECRET): SlackPost => ({
  ...post,
  timestamp,
  signature: slackSignature(post.body, timestamp, secret),
});

describe('forged requests', () => {
  describe('Teams: /api/messages', () => {
    it('a genuine request, with a valid token for this app from the allowed tenant, is handled', async () => {
      const response = await postActivity(bot.running.baseUrl, owensReply('attending'), token());
      expect(response.status).toBe(200);
      expect((await owensReplyStored())?.kind).toBe('attending');
      await forget();
    });

    it.each([
      ['no token', () => undefined],
      ['a token that is not a token', () => 'Bearer not.a.token'],
      ['a token for another bot', () => token({ audience: 'another-bot-app-id' })],
      ['an expired token', () => token({ expiresInSeconds: -600 })],
      [
        'a token signed with a key that is not the Bot Framework’s',
        () => token({}, FakeBotFrameworkTokens.strangerKey()),
      ],
      ['a token for another service URL', () => token({ serviceUrl: 'https://attacker.example/' })],
      ['a token from another issuer', () => token({ issuer: 'https://attacker.example' })],
    ])('with %s, is refused with 401; nothing is stored or sent', async (_case, authorization) => {
      const before = await everythingStored(database.stores);
      const calls = bot.connector.calls.length;

      const response = await postActivity(bot.running.baseUrl, owensReply('unavailable'), authorization());

      expect(response.status).toBe(401);
      expect(await everythingStored(database.stores)).toEqual(before);
      expect(bot.connector.calls.slice(calls)).toEqual([]);
    });

    it.each([
      ['a tenant that is not allowed', 'tenant-elsewhere'],
      ['no tenant', ''],
    ])('from %s, with a valid token, is refused with 403; nothing is stored or sent', async (_case, tenantId) => {
      const activity = owensReply('unavailable', tenantId);
      const withoutTenant = tenantId
        ? activity
        : { ...activity, channelData: {}, conversation: { ...activity.conversation, tenantId: undefined } };
      const before = await everythingStored(database.stores);
      const calls = bot.connector.calls.length;

      const response = await postActivity(bot.running.baseUrl, withoutTenant, token());

      expect(response.status).toBe(403);
      expect(await everythingStored(database.stores)).toEqual(before);
      expect(bot.connector.calls.slice(calls)).toEqual([]);
    });
  });

  describe('Slack: /slack/events', () => {
    const post = (request: SlackPost) => postToSlackEndpoint(bot.running.baseUrl, request);

    it('a genuine request, signed with the signing secret from the allowed workspace, is handled', async () => {
      const response = await post(signed(owensButton('attending')));
      expect(response.status).toBe(200);
      await expect.poll(async () => (await owensReplyStored())?.kind).toBe('attending');
      await forget();
    });

    it.each([
      ['a signature that is not one', () => ({ ...owensButton('unavailable'), signature: 'v0=0123456789abcdef' })],
      ['a signature made with another secret', () => signed(owensButton('unavailable'), now(), 'not-our-secret')],
      [
        'a signature for another timestamp',
        () => ({ ...signed(owensButton('unavailable'), now() - 60), timestamp: now() }),
      ],
      ['a timestamp 6 minutes old', () => signed(owensButton('unavailable'), now() - 360)],
      ['a timestamp 6 minutes in the future', () => signed(owensButton('unavailable'), now() + 360)],
      [
        'a genuine request replayed with its payload changed',
        () => {
          const genuine = signed(owensButton('attending'));
          return { ...genuine, body: owensButton('unavailable').body };
        },
      ],
      ['a genuine request replayed after 6 minutes', () => signed(owensButton('unavailable'), now() - 361)],
    ])('with %s, is refused with 401; nothing is stored or sent', async (_case, request) => {
      const before = await everythingStored(database.stores);
      const calls = bot.slack.calls.length;

      const response = await post(request());

      expect(response.status).toBe(401);
      // Nothing is acted on later either: a refused request is not acknowledged, so the handler never runs.
      await new Promise((wake) => setTimeout(wake, 100));
      expect(await everythingStored(database.stores)).toEqual(before);
      expect(bot.slack.calls.slice(calls)).toEqual([]);
    });

    it('a request without a signature or timestamp is refused with 401', async () => {
      const request = owensButton('unavailable');
      const response = await fetch(`${bot.running.baseUrl}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': request.contentType },
        body: request.body,
      });
      expect(response.status).toBe(401);
      expect(await owensReplyStored()).toBeUndefined();
    });

    it.each([
      ['a button pressed', () => owensButton('unavailable', 'T-ELSEWHERE')],
      [
        'a slash command',
        () =>
          slashCommand(
            owen.identities.slackUserId ?? '',
            'D-OWEN',
            'my actions',
            bot.slack.responseUrl('x'),
            'T-ELSEWHERE',
          ),
      ],
    ])(
      '%s in a workspace that is not allowed, correctly signed, is refused with 403; nothing is stored or sent',
      async (_case, request) => {
        const before = await everythingStored(database.stores);
        const calls = bot.slack.calls.length;

        const response = await post(signed(request()));

        expect(response.status).toBe(403);
        expect(await everythingStored(database.stores)).toEqual(before);
        expect(bot.slack.calls.slice(calls)).toEqual([]);
        expect(bot.slack.responses.filter((sent) => sent.path.endsWith('/x'))).toEqual([]);
      },
    );

    it('a genuine request delivered again as it was changes nothing more', async () => {
      const genuine = signed(owensButton('focus_group'));
      await post(genuine);
      await expect.poll(async () => (await owensReplyStored())?.kind).toBe('focus_group');
      const afterFirst = await everythingStored(database.stores);

      const again = await post(genuine);

      expect(again.status).toBe(200);
      await new Promise((wake) => setTimeout(wake, 200));
      expect(await everythingStored(database.stores)).toEqual(afterFirst);
      await forget();
    });
  });
});
