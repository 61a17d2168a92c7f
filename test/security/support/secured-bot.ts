import { afterAll, beforeAll } from 'vitest';
import { FakeBotConnector } from '../../fakes/bot-connector.js';
import { FakeBotFrameworkTokens } from '../../fakes/bot-framework-tokens.js';
import { FakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { SIGNING_SECRET, TEAM_ID } from '../../support/slack-requests.js';
import { startTestBot, type RunningTestBot } from '../../support/test-bot.js';
import type { TestDatabase } from '../../support/test-database.js';

/** The Microsoft app id the bot is registered with; tokens must be issued for it. */
export const APP_ID = 'b1e3a5c7-0000-4000-8000-000000000008';
/** The one Teams tenant the bot serves. */
export const TENANT_ID = 'tenant-derbyshire';

export interface SecuredBot {
  readonly connector: FakeBotConnector;
  readonly tokens: FakeBotFrameworkTokens;
  readonly slack: FakeSlackWebApi;
  readonly running: RunningTestBot;
  /** A valid Bot Framework token for this app and the connector fake, as the Bot Connector sends it. */
  bearer(): string;
}

/**
 * The whole bot as a county deploys it: Teams with credentials (every request's token checked against the
 * signing-key fake, one tenant allowed) and Slack with its signing secret (one workspace allowed), on the
 * test database, with the Bot Connector and Slack Web API fakes on loopback.
 */
export function useSecuredBot(
  database: TestDatabase,
  options: { now?: Date; seed?: () => Promise<unknown>; env?: Record<string, string> } = {},
): SecuredBot {
  const connector = new FakeBotConnector();
  const tokens = new FakeBotFrameworkTokens();
  const slack = new FakeSlackWebApi();
  let running: RunningTestBot | undefined;
  // One token serves every request of a file (it is valid for an hour), as the Bot Connector reuses its own.
  let bearer: string | undefined;
  beforeAll(async () => {
    await Promise.all([connector.start(), tokens.start(), slack.start()]);
    running = await startTestBot(
      database,
      {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
        MICROSOFT_APP_TYPE: 'MultiTenant',
        TEAMS_ALLOWED_TENANT_IDS: TENANT_ID,
        BOT_OPENID_METADATA_URL: tokens.openIdMetadataUrl,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
        SLACK_API_URL: slack.apiUrl,
        ...options.env,
      },
      options.now,
    );
    await options.seed?.();
  });
  afterAll(async () => {
    await running?.close();
    await Promise.all([connector.stop(), tokens.stop(), slack.stop()]);
  });
  return {
    connector,
    tokens,
    slack,
    get running() {
      if (!running) throw new Error('the bot is not running yet');
      return running;
    },
    bearer: () => (bearer ??= `Bearer ${tokens.token({ audience: APP_ID, serviceUrl: connector.serviceUrl })}`),
  };
}
