import { buttonsOf } from '../support/card-buttons.js';
import { describe, expect, it } from 'vitest';
import { buttonPressed, modalSubmitted, slashCommand } from '../support/slack-requests.js';
import { textsOf, type TeamsConversation } from '../support/teams-activities.js';
import { useBotOnOwnServer } from './support/bot-on-own-server.js';
import {
  danClients,
  DAY_ID,
  factsOf,
  seedDanOnChallengeDay,
  slackAnswers,
  teamsEntry,
} from './support/outage-scenario.js';

const harness = useBotOnOwnServer({ seed: seedDanOnChallengeDay });
const {
  press,
  postToSlack: submitModal,
  sendMessage,
  writeInChannel,
  postedToDan,
  findingsFor,
  readyz,
  waitUntilReady,
} = danClients(harness);

describe('the database goes away while the bot is in use', () => {
  it('a Teams case finding is answered "not saved, your entry is kept — try again" in time; once the database is back it is saved once', async () => {
    expect(await readyz()).toBe(200);
    await harness.stopDatabase();
    try {
      const refused = await press('finding.submit', { challengeDayId: DAY_ID, ...teamsEntry });

      expect(refused.status).toBe(200);
      const card = refused.body.value;
      const said = textsOf(card).join(' ');
      expect(said).toContain('Could not save just now');
      expect(said).toContain('Your entry is kept');
      expect(factsOf(card)).toMatchObject({
        caseReference: 'CR-700101',
        overallGrade: 'requires_improvement',
        strengths: 'Worker knows the family well',
      });
      expect(await readyz()).toBe(503);

      await harness.startDatabaseAgain();
      expect(await waitUntilReady()).toBe(true);

      // "Try again" sends everything Dan entered, as he entered it.
      const retry = buttonsOf(card).get('Try again');
      expect(retry).toMatchObject({ verb: 'finding.submit', data: { challengeDayId: DAY_ID, ...teamsEntry } });
      const saved = await press(retry?.verb ?? '', retry?.data ?? {});
      expect(textsOf(saved.body.value).join(' ')).toContain('Case finding saved: CR-700101');
      // Pressed again (as after a slow answer), it is not stored a second time.
      await press(retry?.verb ?? '', retry?.data ?? {});
      expect(await findingsFor('CR-700101')).toHaveLength(1);
    } finally {
      await harness.startDatabaseAgain();
    }
  });

  it('"Try again" after a submission that reached the database before it went away stores nothing twice', async () => {
    expect(await waitUntilReady()).toBe(true);
    const entry = { challengeDayId: DAY_ID, ...teamsEntry, caseReference: 'CR-700303' };
    await harness.stopDatabase();
    let card: unknown;
    try {
      card = (await press('finding.submit', entry)).body.value;
      expect(textsOf(card).join(' ')).toContain('Could not save just now');
    } finally {
      await harness.startDatabaseAgain();
    }
    expect(await waitUntilReady()).toBe(true);
    // The first press is delivered again once the database is back (as when a write landed but its answer
    // was lost), and then Dan presses "Try again" on the card he was shown.
    await press('finding.submit', entry);
    const retry = buttonsOf(card).get('Try again');
    const retried = await press(retry?.verb ?? '', retry?.data ?? {});

    expect(textsOf(retried.body.value).join(' ')).toContain('Case finding saved: CR-700303');
    expect(await findingsFor('CR-700303')).toHaveLength(1);
  });

  it('a Slack case-finding modal is acknowledged in time with "not saved, try again" while it stays open; once the database is back it is saved once', async () => {
    expect(await waitUntilReady()).toBe(true);
    const opened = await submitModal(
      slashCommand('U-DAN', 'D-DAN', 'case finding for Chesterfield', harness.slack.responseUrl('finding')),
    );
    expect(opened.status).toBe(200);
    await expect.poll(() => harness.slack.callsOf('views.open').length).toBe(1);
    const modal = harness.slack.callsOf('views.open')[0]?.args.view as Parameters<typeof modalSubmitted>[1];
    const answers = slackAnswers('CR-700202');

    await harness.stopDatabase();
    try {
      const refused = await submitModal(modalSubmitted('U-DAN', modal, answers));

      expect(refused.status).toBe(200);
      // The modal stays open with everything Dan entered, and says why it was not saved.
      expect(refused.body.response_action).toBe('errors');
      expect(Object.values(refused.body.errors as Record<string, string>).join(' ')).toContain(
        'Could not save just now',
      );

      await harness.startDatabaseAgain();
      expect(await waitUntilReady()).toBe(true);
      const saved = await submitModal(modalSubmitted('U-DAN', modal, answers));
      expect(saved).toEqual({ status: 200, body: {} });
      await submitModal(modalSubmitted('U-DAN', modal, answers, { 'x-slack-retry-num': '1' }));
      expect(await findingsFor('CR-700202')).toHaveLength(1);
    } finally {
      await harness.startDatabaseAgain();
    }
  });
});

describe('asking or pressing a button while the database is down', () => {
  const cannotAnswer = 'The bot cannot reach its database just now, so it cannot answer that.';

  it('people talking in a Teams channel without @mentioning the bot are not sent an error for each message', async () => {
    expect(await waitUntilReady()).toBe(true);
    const thread: TeamsConversation = {
      id: '19:chesterfield@thread.tacv2;messageid=1733137200000',
      type: 'channel',
      tenantId: 'tenant-derbyshire',
    };
    await harness.stopDatabase();
    try {
      const said = await writeInChannel(thread, 'yes');

      expect(said.status).toBe(200);
      expect(harness.connector.callsTo(thread.id)).toEqual([]);
    } finally {
      await harness.startDatabaseAgain();
    }
  });

  it('a question typed in Teams is answered "cannot answer just now, ask again in a minute"', async () => {
    expect(await waitUntilReady()).toBe(true);
    await harness.stopDatabase();
    try {
      const before = postedToDan().length;
      const answered = await sendMessage('my actions');
      expect(answered.status).toBe(200);
      // Other posts may reach Dan meanwhile (the outbox catching up): the answer is the one that says so.
      await expect
        .poll(
          () =>
            postedToDan()
              .slice(before)
              .filter((post) => textsOf(post).join(' ').includes(cannotAnswer)),
          {
            timeout: 10_000,
          },
        )
        .toHaveLength(1);
    } finally {
      await harness.startDatabaseAgain();
    }
  });

  it('a case finding sent from an older Teams client (Action.Submit) comes back "not saved" with the entry and "Try again"; it is saved once after', async () => {
    expect(await waitUntilReady()).toBe(true);
    const entry = { challengeDayId: DAY_ID, ...teamsEntry, caseReference: 'CR-700404' };
    await harness.stopDatabase();
    let card: unknown;
    try {
      const before = postedToDan().length;
      await sendMessage('', { verb: 'finding.submit', ...entry });
      const notSaved = () =>
        postedToDan()
          .slice(before)
          .filter((post) => textsOf(post).join(' ').includes('Could not save just now'));
      await expect.poll(notSaved, { timeout: 10_000 }).toHaveLength(1);
      card = notSaved()[0];
      expect(factsOf(card)).toMatchObject({ caseReference: 'CR-700404', strengths: 'Worker knows the family well' });
    } finally {
      await harness.startDatabaseAgain();
    }
    expect(await waitUntilReady()).toBe(true);
    const retry = buttonsOf(card).get('Try again');
    expect(retry).toMatchObject({ verb: 'finding.submit', data: entry });
    const saved = await press(retry?.verb ?? '', retry?.data ?? {});
    expect(textsOf(saved.body.value).join(' ')).toContain('Case finding saved: CR-700404');
    expect(await findingsFor('CR-700404')).toHaveLength(1);
  });

  it('a Slack /challenge question is answered "cannot answer just now" to the person who asked', async () => {
    expect(await waitUntilReady()).toBe(true);
    await harness.stopDatabase();
    try {
      const asked = await submitModal(
        slashCommand('U-DAN', 'C-CHESTERFIELD', 'my actions', harness.slack.responseUrl('asked-while-down')),
      );
      expect(asked.status).toBe(200);
      await expect
        .poll(() => harness.slack.responses.filter((response) => response.path.endsWith('asked-while-down')), {
          timeout: 10_000,
        })
        .toHaveLength(1);
      const answer = harness.slack.responses.find((response) => response.path.endsWith('asked-while-down'));
      expect(answer?.body).toMatchObject({ response_type: 'ephemeral' });
      expect(JSON.stringify(answer?.body)).toContain(cannotAnswer);
    } finally {
      await harness.startDatabaseAgain();
    }
  });

  it('a Slack button is answered "not saved, try again" to the person who pressed it, leaving the shared message alone', async () => {
    expect(await waitUntilReady()).toBe(true);
    const value = JSON.stringify({ verb: 'action.acknowledge', data: { actionId: 'action-of-dan' } });
    await harness.stopDatabase();
    try {
      const before = harness.slack.calls.length;
      const pressed = await submitModal(buttonPressed('U-DAN', 'C-CHESTERFIELD', '1700000000.000100', value));
      expect(pressed.status).toBe(200);
      await expect
        .poll(() => harness.slack.callsOf('chat.postEphemeral').length, { timeout: 10_000 })
        .toBeGreaterThan(0);
      // Bolt may ask who it is (auth.test) first; nothing else is called.
      const told = harness.slack.calls.slice(before).filter((call) => call.method !== 'auth.test');
      expect(told.map((call) => call.method)).toEqual(['chat.postEphemeral']);
      expect(told[0]?.args).toMatchObject({ channel: 'C-CHESTERFIELD', user: 'U-DAN' });
      expect(JSON.stringify(told[0]?.args)).toContain('Could not save just now');
    } finally {
      await harness.startDatabaseAgain();
    }
  });
});
