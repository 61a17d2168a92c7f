import { TeamsAdapter } from '@microsoft/teams-ai';
import { CallerIdConstants, StatusCodes, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';

type TurnLogic = (context: TurnContext) => Promise<void>;
import type { Config } from '../../config.js';

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * The Teams adapter, except that a token that fails verification (a forged signature, a malformed token) is
 * answered 401 like every other authentication failure: the SDK lets the token library's own errors
 * through as 500.
 */
class TeamsBotAdapter extends TeamsAdapter {
  override processActivity(
    authHeader: string,
    activity: Activity,
    logic: TurnLogic,
  ): Promise<InvokeResponse | undefined>;
  override processActivity(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: TurnLogic,
  ): Promise<InvokeResponse | undefined>;
  override async processActivity(
    authorization: string | AuthenticateRequestResult,
    activity: Activity,
    logic: TurnLogic,
  ): Promise<InvokeResponse | undefined> {
    try {
      return typeof authorization === 'string'
        ? await super.processActivity(authorization, activity, logic)
        : await super.processActivity(authorization, activity, logic);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) {
        throw new AuthenticationError(`Unauthorized. ${error.message}`, StatusCodes.UNAUTHORIZED);
      }
      throw error;
    }
  }
}

/**
 * The Bot Framework adapter for Teams. With no app id the bot runs in local mode, authentication off, for
 * the Agents Playground and tests; with one, every request must carry a valid Bot Framework token for this
 * app, and outgoing calls authenticate as it (secret, or managed identity).
 */
export function createTeamsAdapter(config: Config): TeamsAdapter {
  const appId = config.MICROSOFT_APP_ID ?? '';
  return new TeamsBotAdapter(
    {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? '',
      MicrosoftAppType: appId ? config.MICROSOFT_APP_TYPE : '',
      MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? '',
      // Where the Bot Framework publishes its signing keys; tests point this at a loopback fake. Setting
      // one endpoint makes the SDK expect them all, so the rest are the public cloud's.
      ...(config.BOT_OPENID_METADATA_URL
        ? {
            ToBotFromChannelOpenIdMetadataUrl: config.BOT_OPENID_METADATA_URL,
            ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
            ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
            ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
            ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
            OAuthUrl: AuthenticationConstants.OAuthUrl,
            CallerId: CallerIdConstants.PublicAzureChannel,
          }
        : {}),
    },
    undefined,
    undefined,
    // The outbox owns retries: it honours Retry-After across all messages without holding one worker, so
    // the connector client must not retry (and wait) on its own.
    { noRetryPolicy: true },
  );
}
