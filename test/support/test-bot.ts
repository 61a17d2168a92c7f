import { buildBot, type Bot } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { startHttpServer } from '../../src/http/http-server.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { TestDatabase } from './test-database.js';
import { VirtualPacingClock } from './virtual-pacing-clock.js';

export interface RunningTestBot {
  readonly bot: Bot;
  readonly baseUrl: string;
  /** The clock the bot reads; tests move it. */
  readonly clock: { now: Date };
  close(): Promise<void>;
}

/**
 * The whole bot, built as main.ts builds it, on the test database and a loopback port. Tests talk to
 * its real HTTP endpoints.
 */
export async function startTestBot(
  database: TestDatabase,
  env: Record<string, string> = {},
  now = new Date(),
  more: {
    /** The bot's data folder (DATA_DIR) as main.ts gives it; without one, a link secret per bot. */
    dataDir?: string;
    /** Where the bot logs, for a test that reads its log; silent otherwise. */
    logger?: Logger;
  } = {},
): Promise<RunningTestBot> {
  const clock = { now };
  const bot = await buildBot({
    config: readConfig({ LOG_LEVEL: 'silent', ...env }),
    db: database.db,
    logger: more.logger ?? createLogger('silent'),
    isDatabaseAnswering: async () => true,
    now: () => clock.now,
    ...(more.dataDir ? { dataDir: more.dataDir } : {}),
    // The outbox keeps the platforms' pace on a clock that jumps ahead instead of waiting.
    pacingClock: new VirtualPacingClock(now.getTime()),
  });
  const server = await startHttpServer(bot.http, 0, '127.0.0.1');
  return {
    bot,
    baseUrl: `http://127.0.0.1:${server.port}`,
    clock,
    close: async () => {
      await server.close(1_000);
      await bot.outbox.idle();
    },
  };
}
