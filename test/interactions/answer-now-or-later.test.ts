import { describe, expect, it } from 'vitest';
import { AnswerTimedOut } from '../../src/interactions/answer-timed-out.js';
import {
  answerNowOrLater,
  TOOK_TOO_LONG,
  WORKING_ON_IT,
  type Answering,
} from '../../src/interactions/answer-now-or-later.js';
import type { Reply } from '../../src/interactions/reply.js';

/*
 * What a person is sent, and when, for work that outruns their wait. The work here is a promise the test
 * settles itself (standing for the bot's answer being worked out); the channel records what goes out in
 * the turn ("now") and after it ("later").
 */

const answer: Reply = { card: { type: 'AdaptiveCard' }, text: 'County performance, 2026', audience: 'person' };

function aChannel(laterWithinMs = 60_000) {
  const sent: { when: 'now' | 'later'; what: string }[] = [];
  const failures: unknown[] = [];
  const logged: unknown[] = [];
  const said = (reply: Reply | string) => (typeof reply === 'string' ? reply : reply.text);
  return {
    sent,
    failures,
    logged,
    channel: {
      withinMs: 20,
      laterWithinMs,
      sendNow: async (reply: Reply | string) => void sent.push({ when: 'now', what: said(reply) }),
      sendLater: async (reply: Reply | string) => void sent.push({ when: 'later', what: said(reply) }),
      failed: async (error: unknown) => void failures.push(error),
      lateFailure: (error: unknown) => void logged.push(error),
    },
  };
}

/** Work the test finishes (or fails) when it chooses, after marking itself a question that only reads or not. */
function heldWork(readsOnly: boolean) {
  let finish: (outcome: Reply | Error) => void = () => undefined;
  const outcome = new Promise<Reply | Error>((resolve) => {
    finish = resolve;
  });
  const work = async (answering: Answering) => {
    if (readsOnly) answering.onlyReads();
    const result = await outcome;
    if (result instanceof Error) throw result;
    await answering.send(result);
  };
  return { work, finish };
}

describe('an answer that outruns the person’s wait', () => {
  it('a question that only reads gets "working on it" in the turn, then its answer once, after it', async () => {
    const { sent, failures, channel } = aChannel();
    const held = heldWork(true);

    await answerNowOrLater(held.work, channel);
    expect(sent).toEqual([{ when: 'now', what: WORKING_ON_IT }]);

    held.finish(answer);
    await expect.poll(() => sent.length).toBe(2);
    expect(sent[1]).toEqual({ when: 'later', what: 'County performance, 2026' });
    expect(failures).toEqual([]);
  });

  it('a question answered in time is answered in the turn, with no "working on it"', async () => {
    const { sent, channel } = aChannel();

    await answerNowOrLater(async (answering) => {
      answering.onlyReads();
      await answering.send(answer);
    }, channel);

    expect(sent).toEqual([{ when: 'now', what: 'County performance, 2026' }]);
  });

  it('a question that fails after "working on it" tells the person it did not work', async () => {
    const { sent, channel } = aChannel();
    const held = heldWork(true);

    await answerNowOrLater(held.work, channel);
    held.finish(new Error('the database went away'));

    await expect.poll(() => sent.length).toBe(2);
    expect(sent[1]?.when).toBe('later');
    expect(sent[1]?.what).not.toBe('County performance, 2026');
    expect(sent[1]?.what).not.toBe(WORKING_ON_IT);
  });

  it('a question still running at the later limit is told "try a narrower question", and its answer is never sent', async () => {
    const { sent, channel } = aChannel(30);
    const held = heldWork(true);

    await answerNowOrLater(held.work, channel);
    await expect.poll(() => sent.length).toBe(2);
    expect(sent[1]).toEqual({ when: 'later', what: TOOK_TOO_LONG });

    held.finish(answer);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.map((message) => message.what)).toEqual([WORKING_ON_IT, TOOK_TOO_LONG]);
  });

  it('an answer ready while "working on it" is still being sent follows it, never overtakes it', async () => {
    const { sent, channel } = aChannel();
    const held = heldWork(true);
    const slowNow = async (reply: Reply | string) => {
      held.finish(answer);
      await new Promise((resolve) => setTimeout(resolve, 30));
      await channel.sendNow(reply);
    };

    await answerNowOrLater(held.work, { ...channel, sendNow: slowNow });

    await expect.poll(() => sent.length).toBe(2);
    expect(sent.map((message) => message.what)).toEqual([WORKING_ON_IT, 'County performance, 2026']);
  });

  it('a command that may change something keeps the timed-out answer, never "working on it"', async () => {
    const { sent, failures, channel } = aChannel();
    const held = heldWork(false);

    await answerNowOrLater(held.work, channel);

    expect(sent).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(AnswerTimedOut);
  });
});
