import { inject } from 'vitest';
import { findFreePort } from '../../../src/store/embedded-server/free-port.js';
import { startBotProcess, waitUntilOk, type BotProcess } from '../../support/bot-process.js';
import type { TestDatabase } from '../../support/test-database.js';

export interface RunningBotChild {
  readonly process: BotProcess;
  readonly baseUrl: string;
}

/**
 * The bot started as `npm start` starts it, in a process of its own, on the test file's database, and
 * ready (its /readyz answers ok) — so a test can kill it or stop it the way an operator or a platform would.
 */
export async function startBotChild(
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<RunningBotChild> {
  const port = await findFreePort();
  const process = startBotProcess({
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DATABASE: database.db.databaseName,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const ready = await Promise.race([waitUntilOk(`${baseUrl}/readyz`, 60_000), process.exited.then(() => false)]);
  if (!ready) {
    process.child.kill('SIGKILL');
    throw new Error(`the bot did not start:\n${process.output()}`);
  }
  return { process, baseUrl };
}
