import { afterAll, beforeAll } from 'vitest';
import { FakeSlackWebApi } from '../fakes/slack-web-api.js';
import { SIGNING_SECRET, TEAM_ID } from './slack-requests.js';
import { startTestBot, type RunningTestBot } from './test-bot.js';
import type { TestDatabase } from './test-database.js';

export interface SlackHarness {
  readonly slack: FakeSlackWebApi;
  readonly running: RunningTestBot;
}

/** For a Slack test file: the Web API fake on loopback and the whole bot, configured for one workspace. */
export function useSlackBot(
  database: TestDatabase,
  options: { now?: Date; seed?: () => Promise<unknown> } = {},
): SlackHarness {
  const slack = new FakeSlackWebApi();
  let running: RunningTestBot | undefined;
  beforeAll(async () => {
    await slack.start();
    running = await startTestBot(
      database,
      {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
        SLACK_API_URL: slack.apiUrl,
      },
      options.now,
    );
    await options.seed?.();
  });
  afterAll(async () => {
    await running?.close();
    await slack.stop();
  });
  return {
    slack,
    get running() {
      if (!running) throw new Error('the bot is not running yet');
      return running;
    },
  };
}
