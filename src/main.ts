import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import dotenv from 'dotenv';
import { ConfigError, readConfig } from './config.js';
import { buildBot } from './app.js';
import { startHttpServer } from './http/http-server.js';
import { startClock } from './jobs/clock.js';
import { clockCoordinator } from './jobs/clock-coordinator.js';
import { createLogger } from './logger.js';
import { databaseSettings, openDatabase } from './store/database.js';
import { EmbeddedServerError } from './store/embedded-server/embedded-server-error.js';

/**
 * The composition root: read the configuration, open the database, build the parts, serve, and stop
 * cleanly on SIGTERM/SIGINT. Every feature registers itself here, in one list.
 */
async function main(): Promise<void> {
  const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
  const config = readConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);

  const database = await openDatabase(databaseSettings(config, projectDir), logger);
  const bot = await buildBot({
    config,
    db: database.db,
    logger,
    isDatabaseAnswering: database.isAnswering,
    dataDir: resolve(projectDir, config.DATA_DIR),
  });
  const server = await startHttpServer(bot.http, config.PORT, config.HOST);
  await bot.connect();
  const clock = startClock(bot.tick, logger, clockCoordinator(bot.stores.clockTicks));
  logger.info(
    { port: server.port, database: database.embedded ? 'embedded FerretDB' : 'MONGODB_URI' },
    'challenge day bot is listening',
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    const graceEnds = Date.now() + config.SHUTDOWN_GRACE_MS;
    // No new requests or new work from now on; the requests and the piece of work in hand finish.
    await Promise.all([server.close(config.SHUTDOWN_GRACE_MS), clock.stop()]);
    // A send in progress finishes within the grace period; beyond it, what the outbox holds is sent again
    // once its lease runs out, which is better than being killed by the platform mid-write.
    const sent = await Promise.race([
      bot.outbox.stop().then(() => true),
      delay(Math.max(0, graceEnds - Date.now())).then(() => false),
    ]);
    if (!sent) logger.warn('stopped before the outbox finished sending the messages under way');
    const released = await bot.outbox.releaseHeld().catch(() => 0);
    if (released > 0) logger.info({ released }, 'gave back messages not yet sent, for the next instance to send');
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  // Problems a person can fix are told in plain words, without a stack trace.
  if (error instanceof ConfigError || error instanceof EmbeddedServerError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The bot could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
