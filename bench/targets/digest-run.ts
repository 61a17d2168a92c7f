import { MongoClient } from 'mongodb';
import { buildBot } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { periodicWork } from '../../src/domain/scheduling/plan-posts.js';
import { runDueWork } from '../../src/jobs/due-work-runner.js';
import { sendDigestWhenDue } from '../../src/jobs/send-digest.js';
import { createLogger } from '../../src/logger.js';
import { databaseClientOptions } from '../../src/store/database.js';

/**
 * Item 3, in a process of its own so the bench can stop it at its time limit: the bot (as buildBot makes
 * it, posting to the loopback fakes) runs one full round of weekly digests — this week's digest work for
 * every district is planned, claimed and run, and the outbox renders and sends every digest — and says
 * how long that took. It waits for the bench's "go", so only the run is timed.
 */
const now = new Date(process.env.BENCH_NOW ?? '');
const client = new MongoClient(process.env.MONGODB_URI ?? '', databaseClientOptions);
await client.connect();
const logger = createLogger('silent');
const bot = await buildBot({
  config: readConfig({
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: process.env.SLACK_API_URL,
  }),
  db: client.db(process.env.MONGODB_DATABASE),
  logger,
  isDatabaseAnswering: async () => true,
  now: () => now,
});

// Stops with the bench, if the bench stops first.
process.on('disconnect', () => process.exit(1));

process.on('message', (message: unknown) => {
  if (message !== 'go') return;
  void (async () => {
    const started = performance.now();
    const { stores } = bot;
    const digests = periodicWork(await stores.districts.all(), now).filter((work) => work.kind === 'digest');
    await stores.scheduledWork.scheduleMissing(digests);
    await runDueWork(
      { stores, handlers: { digest: sendDigestWhenDue(stores, logger) }, logger, owner: 'bench-digest-run' },
      () => now,
    );
    const queuedMs = performance.now() - started;
    process.send?.({ kind: 'queued', queuedMs });
    await bot.outbox.kick();
    await bot.outbox.idle();
    process.send?.({ kind: 'done', districts: digests.length, queuedMs, totalMs: performance.now() - started });
    await client.close();
    process.exit(0);
  })();
});
process.send?.({ kind: 'listening' });
