import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import ts from 'typescript';

/** A process under test: the bot, or a bare framework app. */
export interface ProcessUnderTest {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** What the process wrote to stderr, the last few kilobytes. */
  errors(): string;
  /** Resident set size now and its peak since the last reset, in bytes. */
  memory(): Promise<{ rss: number; peak: number }>;
  resetPeakMemory(): Promise<void>;
  /**
   * Asks a preload of the process over the IPC channel and waits for its answer of `kind`: only for a
   * question some preload of this process answers (e.g. 'commands', from count-commands.ts).
   */
  ask<T>(message: string, kind: string): Promise<T>;
  /** Waits up to `exitingMs` for the process to end by itself (a job that is done), then stops it. */
  stop(exitingMs?: number): Promise<void>;
}

const MEMORY_REPORTER = resolve('bench/targets/report-memory.ts');

/**
 * Where preloads are put as JavaScript for a compiled entry point: inside node_modules, so that the packages
 * they import are found as they are from the project.
 */
const PRELOAD_DIR = resolve('node_modules/.cache/challenge-day-bench');

/**
 * A preload as JavaScript. A compiled entry (the bot as `npm start` runs it) runs without the TypeScript
 * loader, which would cost the bot about 70 MB that a county's server does not spend, so the bench's own
 * TypeScript preloads are transpiled for it (they are single files with no imports of ours).
 */
function javaScriptPreload(path: string): string {
  const output = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
    fileName: path,
  });
  mkdirSync(PRELOAD_DIR, { recursive: true });
  const file = resolve(PRELOAD_DIR, basename(path).replace(/\.ts$/, '.mjs'));
  writeFileSync(file, output.outputText);
  return file;
}

/**
 * Starts an entry point in its own Node process — a TypeScript one through tsx, a compiled one (`dist/…`, as
 * `npm start` runs the bot) with plain Node — with the memory reporter and any other preloads, and resolves
 * once `isReady` says it serves.
 */
export async function startProcessUnderTest(options: {
  entry: string;
  preloads?: string[];
  env: Record<string, string>;
  /** Whether the memory reporter is loaded (processes whose memory item 5 reads); true unless said. */
  reportsMemory?: boolean;
  port: number;
  isReady: (child: ChildProcess, baseUrl: string) => Promise<boolean>;
  readyTimeoutMs?: number;
}): Promise<ProcessUnderTest> {
  const reporter = options.reportsMemory === false ? [] : [MEMORY_REPORTER];
  const compiled = options.entry.endsWith('.js');
  const preloads = [...reporter, ...(options.preloads ?? [])]
    .map((path) => (compiled ? javaScriptPreload(path) : path))
    .flatMap((path) => ['--import', path]);
  const loader = compiled ? [] : ['--import', 'tsx'];
  // BENCH_CPU_PROFILE_DIR=folder writes a V8 CPU profile of every process under test when it stops.
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [];
  const child = spawn(process.execPath, [...profiling, ...loader, ...preloads, resolve(options.entry)], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const baseUrl = `http://127.0.0.1:${options.port}`;

  const ready = await Promise.race([
    options.isReady(child, baseUrl),
    exited.then(() => false),
    new Promise<boolean>((done) => setTimeout(() => done(false), options.readyTimeoutMs ?? 60_000).unref()),
  ]);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`${options.entry} did not start:\n${stderr.join('').slice(-3000)}`);
  }

  const ask = <T>(message: string, kind: string) =>
    new Promise<T>((answer) => {
      const listen = (reply: unknown) => {
        if (typeof reply === 'object' && reply !== null && (reply as { kind?: unknown }).kind === kind) {
          child.off('message', listen);
          answer(reply as T);
        }
      };
      child.on('message', listen);
      child.send(message);
    });

  return {
    baseUrl,
    child,
    errors: () => stderr.join('').slice(-4000),
    memory: () => ask<{ rss: number; peak: number }>('memory', 'memory'),
    resetPeakMemory: async () => void (await ask('reset-peak', 'peak-reset')),
    ask,
    stop: async (exitingMs = 0) => {
      if (exitingMs > 0) await Promise.race([exited, new Promise((wake) => setTimeout(wake, exitingMs))]);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
    },
  };
}

/** Ready when the process says it is listening (the bare framework apps). */
export function saysListening(child: ChildProcess): Promise<boolean> {
  return new Promise((ready) => {
    child.on('message', (message: unknown) => {
      if (typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'listening') {
        ready(true);
      }
    });
  });
}

/** Ready when GET url answers 200 (the bot's /readyz); polled often, so start-up is timed closely. */
export async function answersOk(url: string, timeoutMs = 60_000, intervalMs = 10): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, intervalMs));
  }
  return false;
}
