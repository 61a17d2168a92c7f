import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, readConfig } from './config.js';
import { buildBot } from './app.js';
import { startHttpServer } from './http/http-server.js';
import { startClock } from './jobs/clock.js';
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
  const bot = await buildBot({ config, db: database.db, logger, isDatabaseAnswering: database.isAnswering });
  const server = await startHttpServer(bot.http, config.PORT, config.HOST);
  await bot.connect();
  const clock = startClock(bot.tick, logger);
  logger.info(
    { port: server.port, database: database.embedded ? 'embedded FerretDB' : 'MONGODB_URI' },
    'challenge day bot is listening',
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    await clock.stop();
    await server.close(config.SHUTDOWN_GRACE_MS);
    await bot.outbox.idle();
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
