import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildBot, type Bot } from '../../../src/app.js';
import { readConfig } from '../../../src/config.js';
import { startHttpServer, type RunningHttpServer } from '../../../src/http/http-server.js';
import { createLogger } from '../../../src/logger.js';
import { openDatabase, type Database } from '../../../src/store/database.js';
import { startEmbeddedServer, type EmbeddedServer } from '../../../src/store/embedded-server/embedded-server.js';
import { FakeBotConnector } from '../../fakes/bot-connector.js';
import { FakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { SIGNING_SECRET, TEAM_ID } from '../../support/slack-requests.js';

export interface BotOnOwnServer {
  readonly bot: Bot;
  readonly baseUrl: string;
  readonly connector: FakeBotConnector;
  readonly slack: FakeSlackWebApi;
  readonly database: Database;
  /** Stops the database server under the running bot, as an outage would. */
  stopDatabase(): Promise<void>;
  /** Starts the database server again on the same port and files; does nothing when it is running. */
  startDatabaseAgain(): Promise<void>;
  /**
   * Freezes the database server (SIGSTOP): its connections stay open but nothing is answered, as when a
   * database hangs or its host is paused.
   */
  freezeDatabase(): void;
  /** Lets a frozen database server run again (SIGCONT); does nothing when it is not frozen. */
  thawDatabase(): void;
}

/**
 * For a test file that takes the database away: a FerretDB of its own, started through the bot's own
 * launcher (so stopping it leaves the server other test files share alone), and the whole bot on it, with
 * Teams and Slack fakes, connected the way main.ts connects it — readiness included.
 */
export function useBotOnOwnServer(options: { seed?: (bot: Bot) => Promise<unknown> } = {}): BotOnOwnServer {
  const binary = () => inject('ferretDbBinary');
  const dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-faults-'));
  const connector = new FakeBotConnector();
  const slack = new FakeSlackWebApi();
  let server: EmbeddedServer | undefined;
  let database: Database | undefined;
  let bot: Bot | undefined;
  let http: RunningHttpServer | undefined;
  let stopped = false;
  let frozen: number | undefined;

  beforeAll(async () => {
    await connector.start();
    await slack.start();
    server = await startEmbeddedServer({ binary: binary(), dataDir });
    database = await openDatabase(
      { uri: server.uri, databaseName: 'faults', dataDir, projectDir: process.cwd() },
      createLogger('silent'),
    );
    bot = await buildBot({
      config: readConfig({
        LOG_LEVEL: 'silent',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
        SLACK_API_URL: slack.apiUrl,
      }),
      db: database.db,
      logger: createLogger('silent'),
      isDatabaseAnswering: database.isAnswering,
    });
    http = await startHttpServer(bot.http, 0, '127.0.0.1');
    await options.seed?.(bot);
  });
  afterAll(async () => {
    if (frozen !== undefined) process.kill(frozen, 'SIGCONT');
    await http?.close(1_000);
    await bot?.outbox.idle();
    await database?.close();
    await server?.stop();
    await slack.stop();
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const running = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the bot is not running yet');
    return value;
  };
  return {
    get bot() {
      return running(bot);
    },
    get baseUrl() {
      return `http://127.0.0.1:${running(http).port}`;
    },
    connector,
    slack,
    get database() {
      return running(database);
    },
    stopDatabase: async () => {
      stopped = true;
      await running(server).stop();
    },
    freezeDatabase: () => {
      frozen = serverProcessListeningOn(running(server).port);
      process.kill(frozen, 'SIGSTOP');
    },
    thawDatabase: () => {
      if (frozen === undefined) return;
      process.kill(frozen, 'SIGCONT');
      frozen = undefined;
    },
    startDatabaseAgain: async () => {
      if (!stopped) return;
      server = await startEmbeddedServer({ binary: binary(), dataDir, port: running(server).port });
      stopped = false;
    },
  };
}

/**
 * The database server's own process (not the shell that launched it, whose command line names the same
 * port), found through /proc by the listen address on its command line.
 */
function serverProcessListeningOn(port: number): number {
  const listening = `--listen-addr=127.0.0.1:${port}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (argv.includes(listening) && basename(argv[0] ?? '') !== 'sh') return Number(entry);
  }
  throw new Error(`no database server process listens on port ${port}`);
}
