import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { healthRoutes } from '../../src/http/health-routes.js';
import { createHttpApp } from '../../src/http/http-app.js';
import { startHttpServer } from '../../src/http/http-server.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/store/database.js';
import { startEmbeddedServer } from '../../src/store/embedded-server/embedded-server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-readiness-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return false;
}

describe('/readyz', () => {
  it('says unavailable while the database is down and ok again, by itself, once it is back', async () => {
    const binary = inject('ferretDbBinary');
    let server = await startEmbeddedServer({ binary, dataDir });
    const database = await openDatabase(
      { uri: server.uri, databaseName: 'readiness', dataDir, projectDir: process.cwd() },
      createLogger('silent'),
    );
    const http = await startHttpServer(
      createHttpApp({ routers: [healthRoutes(database.isAnswering)], logger: createLogger('silent') }),
      0,
      '127.0.0.1',
    );
    const readyz = async () => {
      const response = await fetch(`http://127.0.0.1:${http.port}/readyz`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    try {
      expect(await readyz()).toEqual({ status: 200, body: { status: 'ok', database: 'ok' } });

      await server.stop();
      expect(await readyz()).toEqual({ status: 503, body: { status: 'unavailable', database: 'not answering' } });
      const alive = await fetch(`http://127.0.0.1:${http.port}/healthz`);
      expect(alive.status).toBe(200);

      server = await startEmbeddedServer({ binary, dataDir, port: server.port });
      expect(await waitFor(async () => (await readyz()).status === 200, 20_000)).toBe(true);
    } finally {
      await http.close(1_000);
      await database.close();
      await server.stop();
    }
  });
});
