import express from 'express';
import {
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';

/**
 * The baseline for Teams: a bare botbuilder CloudAdapter on express that verifies the Bot Framework token
 * exactly as the bot does (same app registration, same OpenID metadata) and only acknowledges an invoke.
 */
const settings: ConfigurationBotFrameworkAuthenticationOptions = {
  MicrosoftAppId: process.env.MICROSOFT_APP_ID ?? '',
  MicrosoftAppPassword: process.env.MICROSOFT_APP_PASSWORD ?? '',
  MicrosoftAppType: 'MultiTenant',
  MicrosoftAppTenantId: '',
  ToBotFromChannelOpenIdMetadataUrl: process.env.BOT_OPENID_METADATA_URL ?? '',
  ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
  ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
  ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
  ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  OAuthUrl: AuthenticationConstants.OAuthUrl,
  CallerId: CallerIdConstants.PublicAzureChannel,
};
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));

const app = express();
app.post('/api/messages', express.json({ limit: '256kb' }), async (request, response) => {
  await adapter.process(request, response, async (context) => {
    if (context.activity.type !== ActivityTypes.Invoke) return;
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' },
      },
    });
  });
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ kind: 'listening' }));
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
