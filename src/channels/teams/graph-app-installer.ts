import { deliveryErrorForStatus, DeliveryError } from '../../outbox/platform-sender.js';
import { retryAfterMs } from '../../outbox/retry-after.js';
import { GraphTokens } from './graph-token.js';

const CALL_TIMEOUT_MS = 15_000;

/**
 * Installs the bot's Teams app for one person through Microsoft Graph
 * (POST /users/{id}/teamwork/installedApps), so that the bot may open a chat with someone who is in no team
 * the app is installed in. Needs the application permission TeamsAppInstallation.ReadWriteSelfForUser.All,
 * granted by the tenant's admin, and the app's id in the organisation's app catalog.
 */
export class GraphAppInstaller {
  constructor(
    private readonly tokens: GraphTokens,
    private readonly settings: { readonly graphUrl: string; readonly catalogAppId: string },
  ) {}

  /** Installs the app for the person; already installed (409) counts as done, so a retry is harmless. */
  async installFor(aadObjectId: string): Promise<void> {
    const base = this.settings.graphUrl.replace(/\/$/, '');
    const appBinding = `${base}/appCatalogs/teamsApps/${encodeURIComponent(this.settings.catalogAppId)}`;
    let response: Response;
    try {
      response = await fetch(`${base}/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await this.tokens.token()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ 'teamsApp@odata.bind': appBinding }),
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      // Installing twice is harmless, so a lost answer is simply a passing fault: the next attempt asks again.
      throw new DeliveryError('transient', `could not reach Microsoft Graph: ${String(error)}`);
    }
    if (response.ok || response.status === 409) return;
    if (response.status === 403 || response.status === 404) {
      throw new DeliveryError(
        'gone',
        `Microsoft Graph would not install the app for them (${response.status}): check that the bot has TeamsAppInstallation.ReadWriteSelfForUser.All and that GRAPH_CATALOG_APP_ID is the app's catalog id`,
      );
    }
    const wait = retryAfterMs(response.headers.get('retry-after'), response.headers.get('date'), Date.now());
    const failure = deliveryErrorForStatus(
      response.status,
      wait === undefined ? undefined : wait / 1000,
      'Microsoft Graph',
    );
    // Nothing is posted by an install, so no answer is ever "may have been sent": it is asked again.
    throw failure.failure === 'unconfirmed' ? new DeliveryError('transient', failure.message) : failure;
  }
}

/** The installer the configuration asks for, or none when GRAPH_CATALOG_APP_ID is not set. */
export function graphAppInstallerFor(config: {
  readonly GRAPH_CATALOG_APP_ID?: string | undefined;
  readonly GRAPH_TENANT_ID?: string | undefined;
  readonly GRAPH_CLIENT_ID?: string | undefined;
  readonly GRAPH_CLIENT_SECRET?: string | undefined;
  readonly GRAPH_API_URL: string;
  readonly GRAPH_LOGIN_URL: string;
}): GraphAppInstaller | undefined {
  const { GRAPH_CATALOG_APP_ID: catalogAppId, GRAPH_TENANT_ID: tenantId } = config;
  const { GRAPH_CLIENT_ID: clientId, GRAPH_CLIENT_SECRET: clientSecret } = config;
  if (!catalogAppId || !tenantId || !clientId || !clientSecret) return undefined;
  const graphOrigin = new URL(config.GRAPH_API_URL).origin;
  const tokens = new GraphTokens({
    tenantId,
    clientId,
    clientSecret,
    loginUrl: config.GRAPH_LOGIN_URL,
    scope: `${graphOrigin}/.default`,
  });
  return new GraphAppInstaller(tokens, { graphUrl: config.GRAPH_API_URL, catalogAppId });
}
