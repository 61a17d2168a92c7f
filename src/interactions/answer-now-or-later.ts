import { answerInTime } from './answer-in-time.js';
import { AnswerTimedOut } from './answer-timed-out.js';
import { replyForFailure } from './failures.js';
import type { Reply } from './reply.js';

/** How long a question that changes nothing may still run after "working on it" before the person is told to narrow it. */
export const ANSWER_LATER_WITHIN_MS = 120_000;

export const WORKING_ON_IT = 'Working on it — the answer will follow here.';
export const TOOK_TOO_LONG =
  'That took too long to work out, so no answer will follow. Try a narrower question, e.g. one district or a shorter period.';

/** What the work is given: where to send its answer, and how to say the message only reads. */
export interface Answering {
  /** Sends the answer: within the person's wait as a reply, after it into the same conversation. */
  readonly send: (reply: Reply) => Promise<void>;
  /** The message is a question that changes nothing: if it runs past the wait, it is answered later. */
  readonly onlyReads: () => void;
}

export interface AnswerChannel {
  /** How long the person waits for a reply before being told something (PERSON_WAITS_AT_MOST_MS). */
  readonly withinMs: number;
  readonly laterWithinMs?: number;
  /** A reply while the person still waits (Teams: in the turn; Slack: through the response URL). */
  readonly sendNow: (reply: Reply | string) => Promise<void>;
  /** A message into the same conversation, to the same person, after the wait (Teams: proactive). */
  readonly sendLater: (reply: Reply | string) => Promise<void>;
  /** The answer when the work failed or outran the wait and may change something: today's "not done yet". */
  readonly failed: (error: unknown) => Promise<void>;
  /** A failure nobody is left to tell (the person already answered): logged. */
  readonly lateFailure: (error: unknown) => void;
}

/**
 * Runs the work for a person who typed a message. A question that changes nothing and outruns the person's
 * wait (county figures over 100,000 actions take half a minute) is not a failure: the person is told
 * "working on it" at once and the answer follows in the same conversation when it is ready, or, past
 * `laterWithinMs`, that it took too long. Anything else that outruns the wait keeps its timed-out answer.
 *
 * Each answer goes out once: the work's answer is sent in the turn or later, never both, and after "took
 * too long" nothing more. The returned promise settles once the person has had their first answer; the
 * rest goes on after it (a Teams turn must end well before two minutes).
 */
export async function answerNowOrLater(
  work: (answering: Answering) => Promise<void>,
  channel: AnswerChannel,
): Promise<void> {
  let phase: 'waiting' | 'late' | 'over' = 'waiting';
  let readsOnly = false;
  let answerStarted = false;
  // The answer never overtakes "working on it" in the conversation.
  let workingOnIt: Promise<void> = Promise.resolve();
  const answering: Answering = {
    onlyReads: () => {
      readsOnly = true;
    },
    send: async (reply) => {
      if (phase === 'over') return;
      answerStarted = true;
      if (phase === 'waiting') return channel.sendNow(reply);
      await workingOnIt;
      await channel.sendLater(reply);
    },
  };
  const running = work(answering);
  try {
    await answerInTime(() => running, channel.withinMs);
  } catch (error) {
    if (!(error instanceof AnswerTimedOut)) return channel.failed(error);
    if (answerStarted || !readsOnly) running.catch(channel.lateFailure);
    // The answer was already on its way when the wait ended: it is not sent again, nor "working on it".
    if (answerStarted) return;
    if (!readsOnly) return channel.failed(error);
    phase = 'late';
    workingOnIt = channel.sendNow(WORKING_ON_IT).catch(channel.lateFailure);
    void answerLater(running, channel, () => {
      // Past the limit the answer is not sent, unless it is already on its way.
      if (answerStarted) return false;
      phase = 'over';
      return true;
    }).catch(channel.lateFailure);
    await workingOnIt;
  }
}

/** Waits for the work after "working on it": its answer, a failure told to the person, or "took too long". */
async function answerLater(running: Promise<void>, channel: AnswerChannel, giveUp: () => boolean): Promise<void> {
  try {
    await answerInTime(() => running, channel.laterWithinMs ?? ANSWER_LATER_WITHIN_MS, channel.lateFailure);
  } catch (error) {
    const timedOut = error instanceof AnswerTimedOut;
    if (!giveUp() && timedOut) return;
    await channel.sendLater(
      timedOut ? TOOK_TOO_LONG : replyForFailure(error, { verb: 'text', typed: {}, retryData: {} }),
    );
  }
}
