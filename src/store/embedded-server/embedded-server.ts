import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { EmbeddedServerError } from './embedded-server-error.js';
import { findFreePort } from './free-port.js';

export interface EmbeddedServer {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** Stops the server and waits for it to exit; safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  binary: string;
  dataDir: string;
  /** A fixed port, e.g. to start again where a stopped server was; a free one is chosen otherwise. */
  port?: number;
  readyTimeoutMs?: number;
}

// Runs FerretDB under a small shell wrapper so that it always stops with the bot: when the bot dies
// without a chance to clean up (SIGKILL), its end of the stdin pipe closes and the watcher stops the
// server, so no orphan keeps the data folder locked. SIGTERM to the wrapper is passed on, and the wrapper
// exits only once FerretDB has, so the same port and folder can be used again at once.
const STOP_WITH_PARENT = [
  'exec 3<&0',
  '"$0" "$@" </dev/null & server=$!',
  "trap 'kill -TERM $server 2>/dev/null' TERM INT",
  '(cat <&3 >/dev/null; kill -TERM $server 2>/dev/null) & watcher=$!',
  'wait $server; wait $server; status=$?',
  'kill $watcher 2>/dev/null',
  'exit $status',
].join('\n');

/**
 * Starts FerretDB with its SQLite backend on loopback, keeping its files in dataDir, and resolves once
 * the server answers `ping`.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const args = [
    '--handler=sqlite',
    `--sqlite-url=file:${dataDir}/`,
    `--state-dir=${dataDir}`,
    `--listen-addr=127.0.0.1:${port}`,
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=warn',
  ];
  const child = spawn('sh', ['-c', STOP_WITH_PARENT, options.binary, ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const uri = `mongodb://127.0.0.1:${port}/`;
  const ready = await Promise.race([waitForPing(uri, options.readyTimeoutMs ?? 30_000), exited.then(() => false)]);
  if (!ready) {
    await stopChild(child, exited);
    throw new EmbeddedServerError(
      'start_failed',
      `The embedded database did not start on port ${port}.\n${stderr.join('').slice(-2000)}`,
    );
  }

  let stopping: Promise<void> | undefined;
  return {
    uri,
    port,
    dataDir,
    stop: () => (stopping ??= stopChild(child, exited)),
  };
}

async function waitForPing(uri: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
    try {
      await client.db('admin').command({ ping: 1 });
      return true;
    } catch {
      await new Promise((wake) => setTimeout(wake, 100));
    } finally {
      await client.close();
    }
  }
  return false;
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
