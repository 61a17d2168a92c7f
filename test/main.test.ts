import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../src/store/embedded-server/free-port.js';
import { startBotProcess, waitUntilOk } from './support/bot-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('starting the bot', () => {
  it('with a missing and an invalid variable, stops at once and lists both by name, without a stack trace', async () => {
    const bot = startBotProcess({ NODE_ENV: 'production', PORT: 'eighty' });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain('The bot cannot start: its configuration has problems.');
    expect(bot.output()).toContain('  - PORT: must be a whole number between 0 and 65535');
    expect(bot.output()).toContain('  - MONGODB_URI: is required when NODE_ENV=production');
    expect(bot.output()).not.toMatch(/\n\s+at /);
  });

  it('on the embedded default answers /readyz, and on SIGTERM stops its database and exits cleanly', async () => {
    const port = await findFreePort();
    const bot = startBotProcess({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      FERRETDB_BINARY: inject('ferretDbBinary'),
      LOG_LEVEL: 'info',
    });
    try {
      expect(await waitUntilOk(`http://127.0.0.1:${port}/readyz`, 30_000)).toBe(true);
      const databasePort = Number(/"port":(\d+),"dataDir"/.exec(bot.output())?.[1]);
      expect(databasePort).toBeGreaterThan(0);

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.output()).toContain('"msg":"stopped"');
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      // The embedded database went with it: its port is free to listen on again.
      const { createServer } = await import('node:net');
      await new Promise<void>((resolve, reject) => {
        const probe = createServer().once('error', reject);
        probe.listen(databasePort, '127.0.0.1', () => probe.close(() => resolve()));
      });
    } finally {
      bot.child.kill('SIGKILL');
    }
  });
});
