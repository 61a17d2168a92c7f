import { resolve } from 'node:path';
import { buildIfChanged } from '../../scripts/build-if-changed.js';
import { findFreePort } from '../../src/store/embedded-server/free-port.js';
import { answersOk, saysListening, startProcessUnderTest, type ProcessUnderTest } from './child-process.js';
import { progress } from './progress.js';

/**
 * The bot as `npm start` runs it (compiled, `node dist/main.js`, built first when the sources changed), on a database of the
 * bench server, with the given platform settings. NODE_ENV is production, as in a county's deployment.
 */
export async function startBot(settings: {
  mongoUri: string;
  databaseName: string;
  env: Record<string, string>;
  preloads?: string[];
}): Promise<ProcessUnderTest> {
  buildIfChanged(resolve('.'), progress);
  const port = await findFreePort();
  return startProcessUnderTest({
    entry: 'dist/main.js',
    preloads: settings.preloads ?? [],
    port,
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: settings.mongoUri,
      MONGODB_DATABASE: settings.databaseName,
      // Production requires one; the bench's links are never opened.
      REPORT_LINK_SECRET: 'bench-only-report-link-secret-0123456789',
      ...settings.env,
    },
    isReady: (_child, baseUrl) => answersOk(`${baseUrl}/readyz`),
  });
}

/**
 * A process from bench/targets that says when it is ready: a bare framework app (the baseline the bot's
 * figures are divided by) or a job the bench times.
 */
export async function startTarget(
  entry: string,
  env: Record<string, string>,
  options: { reportsMemory?: boolean } = {},
): Promise<ProcessUnderTest> {
  const port = await findFreePort();
  return startProcessUnderTest({
    entry,
    port,
    ...options,
    env: { NODE_ENV: 'production', PORT: String(port), ...env },
    isReady: (child) => saysListening(child),
  });
}
