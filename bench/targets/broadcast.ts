import { startBenchBot } from './bench-bot.js';

/**
 * Item 4, in a process of its own so the bench can stop it at its time limit: the bot (as buildBot makes
 * it) hands one Challenge Day notice for every channel linked to a district to its outbox, and the outbox
 * sends them all through the platforms' limits. It waits for the bench's "go", so only the sending is timed.
 */
const { bot, client } = await startBenchBot();

process.on('message', (message: unknown) => {
  if (message !== 'go') return;
  void (async () => {
    const started = performance.now();
    await bot.outbox.deliver([
      {
        key: 'bench-broadcast',
        notification: { kind: 'challenge_day_notice', challengeDayId: process.env.BENCH_CHALLENGE_DAY_ID ?? '' },
        destination: {
          kind: 'district_channels',
          districtId: process.env.BENCH_DISTRICT_ID ?? '',
          audiences: ['district'],
        },
      },
    ]);
    await bot.outbox.idle();
    process.send?.({ kind: 'done', totalMs: performance.now() - started });
    await client.close();
    process.exit(0);
  })();
});
process.send?.({ kind: 'listening' });
