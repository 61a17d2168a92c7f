import { MongoClient } from 'mongodb';
import { buildBot } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { databaseClientOptions } from '../../src/store/database.js';

/**
 * Item 4, in a process of its own so the bench can stop it at its time limit: the bot (as buildBot makes
 * it) hands one Challenge Day notice for every channel linked to a district to its outbox, and the outbox
 * sends them all through the platforms' limits. It waits for the bench's "go", so only the sending is timed.
 */
const client = new MongoClient(process.env.MONGODB_URI ?? '', databaseClientOptions);
await client.connect();
const bot = await buildBot({
  config: readConfig({
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: process.env.SLACK_API_URL,
  }),
  db: client.db(process.env.MONGODB_DATABASE),
  logger: createLogger('silent'),
  isDatabaseAnswering: async () => true,
});
// Stops with the bench, if the bench stops first.
process.on('disconnect', () => process.exit(1));

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
