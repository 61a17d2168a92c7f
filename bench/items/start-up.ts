import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildIfChanged } from '../../scripts/build-if-changed.js';
import { findFreePort } from '../../src/store/embedded-server/free-port.js';
import type { BenchServer } from '../support/bench-server.js';
import { answersOk } from '../support/child-process.js';
import { percentile, roundTo } from '../support/percentiles.js';
import { progress } from '../support/progress.js';

/** Start-ups timed; the median is the figure. */
const STARTS = 3;

export interface StartUpFigures {
  readonly starts: number;
  readonly medianMs: number;
  readonly fastestMs: number;
  readonly slowestMs: number;
}

/**
 * Item 6: from the start command (`npm start`: its check that the compiled bot is current, then
 * `node dist/main.js`) to the first `/readyz` that answers 200, each time on a fresh data folder and a fresh
 * database, so every index is created. On the try-out engine the bot starts its embedded FerretDB itself, as a
 * try-out does (the binary is already built: the bench server needed it); with MONGODB_URI it starts on a new
 * database of that server, dropped after each start. The compiled bot is built before the first start.
 */
export async function measureStartUp(server: BenchServer): Promise<StartUpFigures> {
  buildIfChanged(resolve('.'), progress);
  const timings: number[] = [];
  for (let start = 1; start <= STARTS; start++) {
    progress(`start-up: start ${start} of ${STARTS}`);
    if (server.engine.tryOut) {
      // Set, so that a MONGODB_URI in a local .env cannot send the bot to another server.
      timings.push(await timeOneStart({ MONGODB_URI: '' }));
      continue;
    }
    const database = server.nameDatabase('startup');
    try {
      timings.push(await timeOneStart({ MONGODB_URI: server.uri, MONGODB_DATABASE: database.name }));
    } finally {
      await database.drop();
    }
  }
  return {
    starts: timings.length,
    medianMs: roundTo(percentile(timings, 50), 0),
    fastestMs: roundTo(Math.min(...timings), 0),
    slowestMs: roundTo(Math.max(...timings), 0),
  };
}

async function timeOneStart(database: { MONGODB_URI: string; MONGODB_DATABASE?: string }): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-bench-start-'));
  const port = await findFreePort();
  const started = performance.now();
  // In a process group of its own, so that stopping it stops npm and the bot it started.
  const child = spawn('npm', ['start', '--silent'], {
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...database,
      ...(process.env.FERRETDB_BINARY ? { FERRETDB_BINARY: process.env.FERRETDB_BINARY } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    const ready = await Promise.race([
      answersOk(`http://127.0.0.1:${port}/readyz`, 60_000, 5),
      exited.then(() => false),
    ]);
    const elapsed = performance.now() - started;
    if (!ready) throw new Error(`The bot did not become ready:\n${stderr.join('').slice(-2000)}`);
    return elapsed;
  } finally {
    const stopGroup = (signal: NodeJS.Signals) => {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    };
    stopGroup('SIGTERM');
    const forced = setTimeout(() => stopGroup('SIGKILL'), 15_000);
    await exited;
    clearTimeout(forced);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
