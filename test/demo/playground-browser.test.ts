import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/cards/preview-page.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { findFreePort } from '../../src/store/embedded-server/free-port.js';
import { startBotProcess, waitUntilOk, type BotProcess } from '../support/bot-process.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const logDir = mkdtempSync(join(tmpdir(), 'challenge-day-playground-browser-'));

let bot: BotProcess | undefined;
let playground: ChildProcess | undefined;
let playgroundOutput = '';
let browser: Browser | undefined;
let playgroundUrl = '';

/** Stops a child and waits for it to be gone, so no port or process outlives the test file. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(killer);
}

beforeAll(async () => {
  await seedDemo(database.stores, new Date());
  const botPort = await findFreePort();
  bot = startBotProcess({
    PORT: String(botPort),
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DATABASE: database.db.databaseName,
    LOG_LEVEL: 'warn',
  });
  if (!(await waitUntilOk(`http://127.0.0.1:${botPort}/readyz`, 60_000))) {
    throw new Error(`The bot did not become ready:\n${bot.output()}`);
  }

  // `npm run playground -- --as "Martin Cole"`, on a free port of its own and without opening a browser.
  const port = await findFreePort();
  playgroundUrl = `http://localhost:${port}`;
  playground = spawn(process.execPath, ['--import', 'tsx', resolve('scripts/playground.ts'), '--as', 'Martin Cole'], {
    env: {
      ...process.env,
      PORT: String(botPort),
      TEAMSAPPTESTER_PORT: String(port),
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: join(logDir, 'playground.log'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  playground.stdout?.on('data', (chunk: Buffer) => (playgroundOutput += chunk.toString()));
  playground.stderr?.on('data', (chunk: Buffer) => (playgroundOutput += chunk.toString()));
  if (!(await waitUntilOk(playgroundUrl, 60_000))) {
    throw new Error(`The playground did not start:\n${playgroundOutput}`);
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stop(playground);
  await stop(bot?.child);
  rmSync(logDir, { recursive: true, force: true });
}, 60_000);

describe('trying the bot in the real Agents Playground, started as Martin Cole', () => {
  it('“my actions” typed in the personal chat is answered on the page, and the bot knows the chat as Martin’s', async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `This test drives Debian's chromium at ${CHROMIUM_PATH}; install it with: apt-get install chromium`,
      );
    }
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(playgroundUrl);
    const messageBox = page.getByRole('textbox').first();
    await messageBox.waitFor({ timeout: 60_000 });
    await messageBox.fill('my actions');
    await messageBox.press('Enter');

    // The answer card, as the playground shows it in the chat (Martin owns none of the demo's actions).
    await expect
      .poll(async () => page.locator('body').innerText(), { timeout: 60_000, interval: 500 })
      .toMatch(/Outstanding actions\s+0 actions\s+Nothing to show\./);
    const chat = await database.stores.conversationLinks.findByConversation('teams', 'personal-chat-martin');
    expect(chat).toMatchObject({ kind: 'personal', personId: 'person-martin' });
    expect(playgroundOutput).toContain('Opening the Agents Playground as Martin Cole (martin@derbyshire.example).');
  }, 120_000);
});
