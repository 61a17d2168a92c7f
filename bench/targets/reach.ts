import { noticeDeliveries } from '../../src/domain/notice/announce-challenge-day.js';
import { startClock } from '../../src/jobs/clock.js';
import { driver } from '../../src/store/driver-collection.js';
import { startBenchBot } from './bench-bot.js';

/** How often the bench looks whether anything is still queued. */
const LOOK_EVERY_MS = 1_000;

/**
 * The reach item, in a process of its own so the bench can stop it at its time limit: the bot (as buildBot
 * makes it) hands the personal part of a Challenge Day's 48-hour notice — one message to each person named on
 * the day, as the domain's noticeDeliveries gives it — to its outbox. Nobody has a chat with the bot yet, so
 * the outbox opens each one first. What it puts back for later (a chat that may not be opened yet under
 * Slack's 50 a minute, a call answered 429) is picked up on the bot's own clock, once a minute, as in `npm
 * start`. It waits for the bench's "go", so only the sending is timed, and says "done" when nothing is queued.
 */
const { bot, client, logger } = await startBenchBot();

process.on('message', (message: unknown) => {
  if (message !== 'go') return;
  void (async () => {
    const started = performance.now();
    const day = await bot.stores.challengeDays.findById(process.env.BENCH_CHALLENGE_DAY_ID ?? '');
    if (!day) throw new Error('The bench day is missing');
    const personal = noticeDeliveries(day).filter((delivery) => delivery.destination.kind === 'person');
    const { unreachable } = await bot.outbox.deliver(personal);
    await bot.outbox.idle();
    process.send?.({
      kind: 'first-run',
      ms: performance.now() - started,
      endedAt: Date.now(),
      unreachable: unreachable.length,
    });
    // Only the outbox, not the rest of the tick: the due work would send this day's whole notice itself.
    const clock = startClock(() => bot.outbox.kick(), logger);
    while ((await bot.stores.outbox.collection[driver].countDocuments({ status: 'pending' })) > 0) {
      await new Promise((wake) => setTimeout(wake, LOOK_EVERY_MS));
    }
    await clock.stop();
    process.send?.({ kind: 'done', totalMs: performance.now() - started });
    await client.close();
    process.exit(0);
  })();
});
process.send?.({ kind: 'listening' });
