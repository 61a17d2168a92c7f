import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../../config.js';

/**
 * The Bot Framework adapter for Teams. With no app id the bot runs in local mode, authentication off, for
 * the Agents Playground and tests; with one, every request must carry a valid Bot Framework token for this
 * app, and outgoing calls authenticate as it (secret, or managed identity).
 */
export function createTeamsAdapter(config: Config): TeamsAdapter {
  const appId = config.MICROSOFT_APP_ID ?? '';
  return new TeamsAdapter(
    {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? '',
      MicrosoftAppType: appId ? config.MICROSOFT_APP_TYPE : '',
      MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? '',
      // Sovereign clouds publish their keys elsewhere; tests point this at a loopback fake.
      ...(config.BOT_OPENID_METADATA_URL ? { ToBotFromChannelOpenIdMetadataUrl: config.BOT_OPENID_METADATA_URL } : {}),
    },
    undefined,
    undefined,
    // The outbox owns retries: it honours Retry-After across all messages without holding one worker, so
    // the connector client must not retry (and wait) on its own.
    { noRetryPolicy: true },
  );
}
