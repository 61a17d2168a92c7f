import { periodicWork } from '../../src/domain/scheduling/plan-posts.js';
import { runDueWork } from '../../src/jobs/due-work-runner.js';
import { sendDigestWhenDue } from '../../src/jobs/send-digest.js';
import { startBenchBot } from './bench-bot.js';
import { ActionReadsByDistrict } from '../support/action-reads.js';

/**
 * Item 3, in a process of its own so the bench can stop it at its time limit: the bot (as buildBot makes
 * it, posting to the loopback fakes) runs one full round of weekly digests — this week's digest work for
 * every district is planned, claimed and run, and the outbox renders and sends every digest — and says
 * how long that took. It waits for the bench's "go", so only the run is timed.
 */
const now = new Date(process.env.BENCH_NOW ?? '');
const { bot, client, logger } = await startBenchBot({ now: () => now, monitorCommands: true });
const reads = new ActionReadsByDistrict();
client.on('commandStarted', (event) => reads.record(event.command));

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
    const totalMs = performance.now() - started;
    process.send?.({ kind: 'done', districts: digests.length, queuedMs, totalMs, reads: reads.perDistrict() });
    await client.close();
    process.exit(0);
  })();
});
process.send?.({ kind: 'listening' });
