import { z } from 'zod/v4';
import { DeliveryError } from '../../outbox/platform-sender.js';

/** The app registration the bot uses to call Microsoft Graph as itself (client credentials). */
export interface GraphCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The sign-in service, https://login.microsoftonline.com unless a sovereign cloud (or a test) says otherwise. */
  readonly loginUrl: string;
  /** The scope of the token: Graph's own `.default`, so the token carries the permissions an admin granted. */
  readonly scope: string;
}

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
});

/** A token is asked for again this long before it runs out, so no call starts with one about to expire. */
const RENEW_BEFORE_MS = 5 * 60_000;
const CALL_TIMEOUT_MS = 15_000;

/**
 * Application tokens for Microsoft Graph, from the client-credentials grant (one form POST to the tenant's
 * token endpoint), kept until shortly before they run out. Written here rather than taken from MSAL: MSAL
 * insists on discovering an https authority first, and the flow itself is this one request.
 */
export class GraphTokens {
  private current: { token: string; renewAt: number } | undefined;

  constructor(
    private readonly credentials: GraphCredentials,
    private readonly clock: () => number = Date.now,
  ) {}

  async token(): Promise<string> {
    if (this.current && this.clock() < this.current.renewAt) return this.current.token;
    const { tenantId, clientId, clientSecret, loginUrl, scope } = this.credentials;
    const url = `${loginUrl.replace(/\/$/, '')}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: clientSecret,
          scope,
        }),
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (error) {
      throw new DeliveryError('transient', `could not reach Microsoft sign-in: ${String(error)}`);
    }
    const answer = tokenAnswer.safeParse(await response.json().catch(() => null));
    if (!response.ok || !answer.success) {
      // A refused secret or a missing consent will not mend itself by retrying each message.
      throw new DeliveryError(
        response.status >= 500 ? 'transient' : 'rejected',
        `Microsoft sign-in refused the bot's Graph credentials (${response.status}); check the GRAPH_* settings`,
      );
    }
    const lifetimeMs = answer.data.expires_in * 1000;
    this.current = {
      token: answer.data.access_token,
      renewAt: this.clock() + Math.max(0, lifetimeMs - RENEW_BEFORE_MS),
    };
    return this.current.token;
  }
}
