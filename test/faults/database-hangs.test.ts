import { buttonsOf } from '../support/card-buttons.js';
import { describe, expect, it } from 'vitest';
import { modalSubmitted, slashCommand } from '../support/slack-requests.js';
import { textsOf } from '../support/teams-activities.js';
import { useBotOnOwnServer } from './support/bot-on-own-server.js';
import {
  danClients,
  DAY_ID,
  factsOf,
  seedDanOnChallengeDay,
  slackAnswers,
  teamsEntry,
} from './support/outage-scenario.js';

/*
 * A database that hangs — its connections open, nothing answered — is worse than one that is down: no
 * error comes back by itself. The person must still be answered before the platform gives up (each request
 * below is abandoned, failing the test, after Teams' 5 s or Slack's 3 s), with their entry kept, and
 * nothing may be stored twice when the frozen write lands after all.
 */

const harness = useBotOnOwnServer({ seed: seedDanOnChallengeDay });
const { press, postToSlack, findingsFor, readyz, waitUntilReady } = danClients(harness);

describe('the database hangs while the bot is in use', () => {
  it('a Teams case finding is answered "not saved, your entry is kept" in time; after the database wakes, "Try again" leaves it stored once', async () => {
    expect(await waitUntilReady()).toBe(true);
    const entry = { challengeDayId: DAY_ID, ...teamsEntry, caseReference: 'CR-800101' };
    harness.freezeDatabase();
    let card: unknown;
    try {
      const refused = await press('finding.submit', entry);

      expect(refused.status).toBe(200);
      card = refused.body.value;
      expect(textsOf(card).join(' ')).toContain('Could not save just now');
      expect(factsOf(card)).toMatchObject({ caseReference: 'CR-800101', strengths: 'Worker knows the family well' });
      expect(await readyz()).toBe(503);
    } finally {
      harness.thawDatabase();
    }

    expect(await waitUntilReady()).toBe(true);
    const retry = buttonsOf(card).get('Try again');
    expect(retry).toMatchObject({ verb: 'finding.submit', data: entry });
    const saved = await press(retry?.verb ?? '', retry?.data ?? {});
    expect(textsOf(saved.body.value).join(' ')).toContain('Case finding saved: CR-800101');
    expect(await findingsFor('CR-800101')).toHaveLength(1);
  });

  it('a Slack case-finding modal is acknowledged in time with "not saved" while it stays open; sent again after the database wakes, it is stored once', async () => {
    expect(await waitUntilReady()).toBe(true);
    await postToSlack(slashCommand('U-DAN', 'D-DAN', 'case finding for Chesterfield', harness.slack.responseUrl('f')));
    await expect.poll(() => harness.slack.callsOf('views.open').length, { timeout: 10_000 }).toBe(1);
    const modal = harness.slack.callsOf('views.open')[0]?.args.view as Parameters<typeof modalSubmitted>[1];
    const answers = slackAnswers('CR-800202');

    harness.freezeDatabase();
    try {
      const refused = await postToSlack(modalSubmitted('U-DAN', modal, answers));

      expect(refused.status).toBe(200);
      expect(refused.body.response_action).toBe('errors');
      expect(Object.values(refused.body.errors as Record<string, string>).join(' ')).toContain(
        'Could not save just now',
      );
    } finally {
      harness.thawDatabase();
    }

    expect(await waitUntilReady()).toBe(true);
    const saved = await postToSlack(modalSubmitted('U-DAN', modal, answers));
    expect(saved).toEqual({ status: 200, body: {} });
    expect(await findingsFor('CR-800202')).toHaveLength(1);
  });
});
