import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildIfChanged, isBuildCurrent } from '../../scripts/build-if-changed.js';
import { findFreePort } from '../../src/store/embedded-server/free-port.js';
import { waitUntilOk } from '../support/bot-process.js';

// A copy of the project's sources beside the real packages, so that building it never touches this checkout's dist/.
const projectDir = mkdtempSync(join(tmpdir(), 'challenge-day-build-'));
const dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-build-data-'));
const said: string[] = [];
let builtFirstTime = false;

beforeAll(() => {
  cpSync(resolve('src'), join(projectDir, 'src'), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json'])
    cpSync(resolve(file), join(projectDir, file));
  for (const folder of ['node_modules', 'cards', 'fonts', 'examples'])
    symlinkSync(resolve(folder), join(projectDir, folder));
  builtFirstTime = buildIfChanged(projectDir, (line) => said.push(line));
});

afterAll(() => {
  rmSync(projectDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start runs the compiled bot', () => {
  it('compiles the bot into dist/ on the first start, and says so', () => {
    expect(builtFirstTime).toBe(true);
    expect(said).toEqual(['Compiling the bot into dist/ (the first start, or the sources changed)…']);
    expect(existsSync(join(projectDir, 'dist', 'main.js'))).toBe(true);
  });

  it('the compiled bot starts with plain Node, no TypeScript loader, and answers /readyz', async () => {
    const port = await findFreePort();
    const child = spawn(process.execPath, [join(projectDir, 'dist', 'main.js')], {
      cwd: projectDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        FERRETDB_BINARY: inject('ferretDbBinary'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      expect(await waitUntilOk(`http://127.0.0.1:${port}/readyz`, 60_000)).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('does not compile again while the sources are unchanged', () => {
    expect(isBuildCurrent(projectDir)).toBe(true);
    expect(buildIfChanged(projectDir)).toBe(false);
  });

  it('compiles again on the next start once a source is saved', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(projectDir, 'src', 'main.ts'), later, later);
    expect(isBuildCurrent(projectDir)).toBe(false);
  });
});
