import { AnswerTimedOut } from './answer-timed-out.js';

/**
 * Teams shows the person an error when a card action is not answered within about 5 seconds; the
 * answer must be on its way before then.
 */
export const TEAMS_ANSWER_WITHIN_MS = 4_000;

/** Slack shows the person an error when a modal submission is not acknowledged within 3 seconds. */
export const SLACK_ACKNOWLEDGE_WITHIN_MS = 2_500;

/** How long someone who pressed a button or typed a command waits before being told it did not work. */
export const PERSON_WAITS_AT_MOST_MS = 4_000;

/**
 * Runs work for a person who is waiting, and gives up waiting after `withinMs`. A database that has
 * stopped answering without closing its connections (hung, overloaded, its host paused) would otherwise
 * hold the request until the platform gives up and shows the person an error of its own, with their
 * entry gone. Giving up here fails with AnswerTimedOut, answered as for a database that is down, so the
 * person gets "not saved yet, your entry is kept" in time.
 *
 * The work itself is not cancelled: it may still finish once the database answers. That is safe because
 * every change is applied under its command id, so sending the entry again does not store it twice.
 */
export async function answerInTime<T>(
  work: () => Promise<T>,
  withinMs: number,
  onLateFailure: (error: unknown) => void = () => undefined,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new AnswerTimedOut(withinMs));
    }, withinMs);
  });
  const running = work();
  // Once the person has been answered, a late failure can only be logged.
  running.catch((error: unknown) => {
    if (timedOut) onLateFailure(error);
  });
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
