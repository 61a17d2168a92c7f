import { addApiClient } from '../../src/api-clients/api-client-command.js';
import type { ActionsDatabase } from '../support/actions-database.js';
import type { BenchServer } from '../support/bench-server.js';
import { startBot } from '../support/bot-under-test.js';
import { progress } from '../support/progress.js';
import { runLoad, type LoadFigures } from '../support/run-load.js';

/** Concurrent clients, as the issue asks. */
const CONNECTIONS = 20;
/** Requests timed: a few each, after a warm-up of one each (the first reads are cold at any size). */
const REQUESTS = 60;
const WARM_UP_REQUESTS = CONNECTIONS;
/** At 100,000 actions on the embedded engine one answer takes seconds; none is cut short before this. */
const TIMEOUT_SECONDS = 300;

export interface ApiOverdueFigures extends LoadFigures {
  readonly actions: number;
  /** How many actions the first page held (a page is 100; fewer only when fewer are overdue). */
  readonly pageSize: number;
}

/**
 * Item 9: `GET /api/v1/actions?overdue=true` (the first page: 100 overdue actions of every district, with the
 * client's token) over the actions stored now, from 20 concurrent clients, against the bot as `npm start` runs
 * it. The client may read every district; the rate limit is set out of the way, as the item measures the read.
 */
export async function measureApiOverdue(server: BenchServer, actions: ActionsDatabase): Promise<ApiOverdueFigures> {
  const added = await addApiClient(
    actions.stores,
    { name: `bench-${Date.now()}`, districts: 'all', scopes: 'read:actions' },
    new Date(),
  );
  if (!added.ok) throw new Error(added.error.userMessage);
  const request = () => ({
    method: 'GET' as const,
    path: '/api/v1/actions?overdue=true',
    headers: { authorization: `Bearer ${added.value.token}` },
  });
  progress(`api: starting the bot over ${actions.stored().toLocaleString('en-GB')} actions`);
  const bot = await startBot({
    mongoUri: server.uri,
    databaseName: actions.name,
    env: { API_REQUESTS_PER_MINUTE: '1000000' },
  });
  try {
    const first = await fetch(`${bot.baseUrl}${request().path}`, { headers: request().headers });
    if (first.status !== 200) throw new Error(`The API answered ${first.status}: ${await first.text()}`);
    const pageSize = ((await first.json()) as { data: unknown[] }).data.length;
    progress(`api: warming up, then ${REQUESTS} requests over ${CONNECTIONS} connections`);
    const load = {
      baseUrl: bot.baseUrl,
      connections: CONNECTIONS,
      nextRequest: request,
      timeoutSeconds: TIMEOUT_SECONDS,
    };
    await runLoad({ ...load, requests: WARM_UP_REQUESTS });
    const figures = await runLoad({
      ...load,
      requests: REQUESTS,
      isRightAnswer: (body) => body.startsWith('{"data":['),
    });
    // Said at once: the figures stand even if cleaning up after them fails on a saturated server.
    progress(`api: p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.failures} failed`);
    return { ...figures, actions: actions.stored(), pageSize };
  } finally {
    await bot.stop();
  }
}
