import { FakeBotConnector } from '../../test/fakes/bot-connector.js';
import { FakeSlackWebApi } from '../../test/fakes/slack-web-api.js';
import type { PlatformLimits } from './platform-limits.js';
import { slackLimitsBefore, teamsLimitsBefore } from './published-limits.js';

/** The Bot Connector and Slack Web API fakes, each reached only through the platform's published limits. */
export interface LimitedPlatforms {
  readonly connector: FakeBotConnector;
  readonly slack: FakeSlackWebApi;
  /** Teams is reached at `${teamsLimits.baseUrl}/` (a conversation's service address). */
  readonly teamsLimits: PlatformLimits;
  /** Slack is reached at `${slackLimits.baseUrl}/api/` (SLACK_API_URL). */
  readonly slackLimits: PlatformLimits;
  stop(): Promise<void>;
}

export async function startLimitedPlatforms(): Promise<LimitedPlatforms> {
  const connector = await new FakeBotConnector().start();
  const slack = await new FakeSlackWebApi().start();
  const teamsLimits = await teamsLimitsBefore(connector.serviceUrl);
  const slackLimits = await slackLimitsBefore(slack.baseUrl);
  return {
    connector,
    slack,
    teamsLimits,
    slackLimits,
    stop: async () => {
      await Promise.all([teamsLimits.stop(), slackLimits.stop(), connector.stop(), slack.stop()]);
    },
  };
}
