import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedServer, type EmbeddedServer } from '../../src/store/embedded-server/embedded-server.js';
import { ensureFerretDbBinary } from '../../src/store/embedded-server/ferretdb-binary.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The MongoDB-protocol server every test file talks to over TCP. */
    mongoUri: string;
    /** The FerretDB binary, for tests that start and stop servers of their own. */
    ferretDbBinary: string;
  }
}

let server: EmbeddedServer | undefined;
let dataDir: string | undefined;

/**
 * Starts one real server for the whole run through the same launcher the bot uses (or takes
 * MONGODB_URI when it is set); each test file then works in a database of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const binary =
    process.env.FERRETDB_BINARY || ensureFerretDbBinary(resolve('.tools'), (message) => console.log(message));
  project.provide('ferretDbBinary', binary);
  if (process.env.MONGODB_URI) {
    project.provide('mongoUri', process.env.MONGODB_URI);
    return async () => {};
  }
  dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-test-db-'));
  server = await startEmbeddedServer({ binary, dataDir });
  project.provide('mongoUri', server.uri);
  return async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
