import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { TEAMS_BODY_LIMIT } from '../../src/channels/teams/teams-routes.js';
import { SLACK_BODY_LIMIT } from '../../src/channels/slack/slack-routes.js';
import { MAX_JSON_NESTING } from '../../src/http/json-nesting.js';
import { responseBody } from '../support/response-body.js';
import { interaction, postToSlackEndpoint, slackSignature } from '../support/slack-requests.js';
import { cardAction } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import { NOW, people, records, seedCounty } from './support/county.js';
import { TENANT_ID, useSecuredBot } from './support/secured-bot.js';
import { everythingStored } from './support/stored-records.js';

/*
 * The HTTP server reads no more than a card's worth of body: anything over the limit is refused with 413
 * before it is parsed (even when it is not JSON at all, or arrives in chunks with no length given), and
 * JSON nested deeper than any real request is refused with 400 before it is parsed. Nothing is written,
 * nothing is sent, and the bot goes on serving.
 */

const database = useTestDatabase();
const bot = useSecuredBot(database, { now: NOW, seed: () => seedCounty(database.stores) });
const { owen } = people;
const dayId = records.dayChesterfield._id;

const KIB = 1024;
const limitOf = (limit: string) => Number(limit.replace(/kb$/, '')) * KIB;
const teamsLimit = limitOf(TEAMS_BODY_LIMIT);
const slackLimit = limitOf(SLACK_BODY_LIMIT);

/** Owen's reply to the notice, with a note of the given length (over every field limit, but the point is size). */
const teamsReplyWithNote = (noteLength: number) =>
  JSON.stringify(
    cardAction(
      bot.connector.serviceUrl,
      { id: `a:personal-${owen._id}`, type: 'personal', tenantId: TENANT_ID },
      { aadObjectId: owen.identities.teamsAadObjectId ?? '', name: owen.displayName },
      'notice-card',
      'notice.reply',
      { challengeDayId: dayId, kind: 'attending', note: 'n'.repeat(noteLength) },
    ),
  );
const slackReplyWithNote = (noteLength: number) =>
  interaction({
    type: 'block_actions',
    team: { id: 'T-DERBYSHIRE' },
    user: { id: owen.identities.slackUserId, team_id: 'T-DERBYSHIRE' },
    channel: { id: 'C-CHESTERFIELD' },
    actions: [
      {
        type: 'button',
        action_id: 'button',
        value: JSON.stringify({
          verb: 'notice.reply',
          data: { challengeDayId: dayId, kind: 'attending', note: 'n'.repeat(noteLength) },
        }),
      },
    ],
  });

/** Posts a body in chunks with no Content-Length, as a client streaming an unknown amount does. */
function postChunked(path: string, headers: Record<string, string>, chunk: string, chunks: number) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const url = new URL(path, bot.running.baseUrl);
    const request = httpRequest(
      url,
      { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } },
      (response) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: responseBody(Buffer.concat(parts).toString('utf8')) }),
        );
      },
    );
    // The server may answer and close before every chunk is written.
    request.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    let sent = 0;
    const writeMore = () => {
      while (sent < chunks) {
        sent += 1;
        if (!request.write(chunk)) return void request.once('drain', writeMore);
      }
      request.end();
    };
    writeMore();
  });
}

async function expectNothingDone(
  before: Awaited<ReturnType<typeof everythingStored>>,
  calls: { teams: number; slack: number },
) {
  expect(await everythingStored(database.stores)).toEqual(before);
  expect(bot.connector.calls.slice(calls.teams)).toEqual([]);
  expect(bot.slack.calls.slice(calls.slack)).toEqual([]);
  expect((await fetch(`${bot.running.baseUrl}/healthz`)).status).toBe(200);
}

const callCounts = () => ({ teams: bot.connector.calls.length, slack: bot.slack.calls.length });

describe('request size limits', () => {
  describe('Teams: /api/messages', () => {
    const post = async (body: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${bot.running.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: bot.bearer(), ...headers },
        body,
      });
      return { status: response.status, body: responseBody(await response.text()) };
    };

    it('an activity just under the limit is read (and its over-long note refused by the form)', async () => {
      const body = teamsReplyWithNote(teamsLimit - 2 * KIB);
      expect(body.length).toBeLessThan(teamsLimit);
      const response = await post(body);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).toContain('Keep your note to 1000 characters or fewer.');
    });

    it('an activity over the limit is refused with 413 and a message; nothing is stored or sent', async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();
      const body = teamsReplyWithNote(teamsLimit);
      expect(body.length).toBeGreaterThan(teamsLimit);

      const response = await post(body);

      expect(response.status).toBe(413);
      expect(response.body.message).toBe('The request is larger than this endpoint accepts.');
      await expectNothingDone(before, calls);
    });

    it('a body over the limit that is not JSON at all gets 413, not a parse error: it is never parsed', async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();

      const response = await post('{'.repeat(teamsLimit + KIB));

      expect(response.status).toBe(413);
      await expectNothingDone(before, calls);
    });

    it('a body streamed in chunks without a length is cut off at the limit with 413', async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();

      const response = await postChunked(
        '/api/messages',
        { 'content-type': 'application/json', authorization: bot.bearer() },
        '['.repeat(16 * KIB),
        (teamsLimit * 4) / (16 * KIB),
      );

      expect(response.status).toBe(413);
      await expectNothingDone(before, calls);
    });

    it(`JSON nested deeper than ${MAX_JSON_NESTING} levels is refused with 400 before it is parsed`, async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();
      const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      const body = teamsReplyWithNote(0).replace('"note":""', `"note":${deep}`);

      const response = await post(body);

      expect(response.status).toBe(400);
      expect(response.body.message).toBe('The request could not be read.');
      await expectNothingDone(before, calls);
    });
  });

  describe('Slack: /slack/events', () => {
    const post = (body: string, signedAs: string = body) => {
      const timestamp = Math.floor(Date.now() / 1000);
      return postToSlackEndpoint(bot.running.baseUrl, {
        body,
        contentType: 'application/x-www-form-urlencoded',
        timestamp,
        signature: slackSignature(signedAs, timestamp),
      });
    };

    it('an interaction just under the limit is read (and its over-long note refused by the form)', async () => {
      const { body } = slackReplyWithNote(slackLimit - 4 * KIB);
      expect(body.length).toBeLessThan(slackLimit);
      const calls = bot.slack.calls.length;
      const response = await post(body);
      expect(response.status).toBe(200);
      // The form comes back, as a modal, saying what to correct.
      await expect
        .poll(() => JSON.stringify(bot.slack.calls.slice(calls).filter((call) => call.method === 'views.open')))
        .toContain('Keep your note to 1000 characters or fewer.');
    });

    it('a signed interaction over the limit is refused with 413 and a message; nothing is stored or sent', async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();
      const { body } = slackReplyWithNote(slackLimit);
      expect(body.length).toBeGreaterThan(slackLimit);

      const response = await post(body);

      expect(response.status).toBe(413);
      expect(response.body.message).toBe('The request is larger than this endpoint accepts.');
      await expectNothingDone(before, calls);
    });

    it('a body over the limit that is not a Slack request at all gets 413 before its signature is even checked', async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();

      const response = await post('%'.repeat(slackLimit + KIB), 'something else');

      expect(response.status).toBe(413);
      await expectNothingDone(before, calls);
    });

    it('a body streamed in chunks without a length is cut off at the limit with 413', async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();

      const response = await postChunked(
        '/slack/events',
        {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
          'x-slack-signature': 'v0=unchecked',
        },
        'a'.repeat(16 * KIB),
        (slackLimit * 4) / (16 * KIB),
      );

      expect(response.status).toBe(413);
      await expectNothingDone(before, calls);
    });

    it(`a payload nested deeper than ${MAX_JSON_NESTING} levels is refused with 400 before it is parsed`, async () => {
      const before = await everythingStored(database.stores);
      const calls = callCounts();
      const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      const payload = `{"type":"block_actions","team":{"id":"T-DERBYSHIRE"},"user":{"id":"${owen.identities.slackUserId}"},"actions":${deep}}`;

      const response = await post(new URLSearchParams({ payload }).toString());

      expect(response.status).toBe(400);
      expect(response.body.message).toBe('The request nests too deeply to be read.');
      await expectNothingDone(before, calls);
    });
  });
});
