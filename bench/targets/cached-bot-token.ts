import { AppCredentials, AuthenticationConstants } from 'botframework-connector';

/**
 * Loaded into the bot under test (`node --import`). With an app id, every call the bot makes to the Bot
 * Connector (here, replacing the submitted card) carries the bot's own Azure AD token, which the SDK
 * fetches from login.microsoftonline.com and keeps in a process-wide cache for about an hour. The bench
 * machine cannot reach Azure AD, so this puts one token in that cache, as it stands in a running bot
 * between refreshes; the loopback Bot Connector fake does not check it. Incoming requests are still
 * verified in full against the loopback OpenID/JWKS fake.
 */
const appId = process.env.MICROSOFT_APP_ID;
const cache: unknown = Reflect.get(AppCredentials, 'cache');
if (!appId || !(cache instanceof Map)) {
  throw new Error('The bench cannot seed the Bot Framework token cache: MICROSOFT_APP_ID unset or the SDK changed.');
}
cache.set(`${appId}${AuthenticationConstants.ToChannelFromBotOAuthScope}-cache`, {
  accessToken: 'bench-cached-outgoing-token',
  expiresOn: new Date(Date.now() + 24 * 60 * 60 * 1000),
});
