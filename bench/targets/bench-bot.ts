import { MongoClient } from 'mongodb';
import { buildBot, type Bot } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { databaseClientOptions } from '../../src/store/database.js';

/**
 * The bot as buildBot makes it, for a job the bench times in a process of its own: on the bench's database,
 * sending to the Slack fake the bench names (Teams is reached through each conversation's stored service
 * address), quiet. The process ends when the bench goes away.
 */
export async function startBenchBot(options: { now?: () => Date; monitorCommands?: boolean } = {}): Promise<{
  bot: Bot;
  client: MongoClient;
  logger: Logger;
}> {
  const client = new MongoClient(process.env.MONGODB_URI ?? '', {
    ...databaseClientOptions,
    monitorCommands: options.monitorCommands ?? false,
  });
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
    ...(options.now ? { now: options.now } : {}),
  });
  // Stops with the bench, if the bench stops first.
  process.on('disconnect', () => process.exit(1));
  return { bot, client, logger };
}
