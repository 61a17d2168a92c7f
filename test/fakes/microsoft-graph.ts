import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { closeLoopback, listenOnLoopback, readRequestBody } from './loopback.js';

/** An app installation the bot asked Graph for (POST /users/{id}/teamwork/installedApps), as it arrived. */
export interface GraphInstall {
  readonly userId: string;
  readonly appBinding: unknown;
  readonly authorization: string | undefined;
  readonly status: number;
}

/** A token request to the sign-in service (client credentials), as it arrived. */
export interface TokenRequest {
  readonly tenantId: string;
  readonly form: Record<string, string>;
}

/**
 * A fake of the two Microsoft services the bot calls to install its Teams app for a person, on loopback: the
 * sign-in service's token endpoint (POST /{tenant}/oauth2/v2.0/token, client-credentials grant) and Graph's
 * POST /v1.0/users/{id}/teamwork/installedApps. Tokens are opaque and must come back as Bearer; the catalog
 * app must be the one it is given; installing twice answers 409 Conflict, as Graph does. `onInstall` lets a
 * test tell its Bot Connector fake that the app is now installed for that person.
 */
export class FakeMicrosoftGraph {
  readonly installs: GraphInstall[] = [];
  readonly tokenRequests: TokenRequest[] = [];
  private readonly tokens = new Set<string>();
  private readonly installed = new Set<string>();
  private refuseInstalls = false;
  private server = createServer((request, response) => void this.handle(request, response));
  baseUrl = '';

  constructor(
    private readonly expected: {
      readonly tenantId: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly catalogAppId: string;
      readonly onInstall?: (userId: string) => void;
    },
  ) {}

  async start(): Promise<this> {
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  get graphUrl(): string {
    return `${this.baseUrl}/v1.0`;
  }

  /** Graph answers 403 to every installation from now on, as it does without the admin's consent. */
  withoutConsent(): void {
    this.refuseInstalls = true;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readRequestBody(request);
    const url = request.url ?? '';
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url);
    if (token && request.method === 'POST') return this.answerToken(response, decodeURIComponent(token[1] ?? ''), body);
    const install = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(url);
    if (install && request.method === 'POST') {
      return this.answerInstall(request, response, decodeURIComponent(install[1] ?? ''), body);
    }
    send(response, 404, { error: { code: 'NotFound', message: `no ${request.method} ${url}` } });
  }

  private answerToken(response: ServerResponse, tenantId: string, body: string): void {
    const form = Object.fromEntries(new URLSearchParams(body));
    this.tokenRequests.push({ tenantId, form });
    const { clientId, clientSecret } = this.expected;
    if (
      tenantId !== this.expected.tenantId ||
      form.grant_type !== 'client_credentials' ||
      form.client_id !== clientId ||
      form.client_secret !== clientSecret
    ) {
      return send(response, 401, {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret.',
      });
    }
    const accessToken = `graph-token-${randomUUID()}`;
    this.tokens.add(accessToken);
    send(response, 200, { token_type: 'Bearer', expires_in: 3599, access_token: accessToken });
  }

  private answerInstall(request: IncomingMessage, response: ServerResponse, userId: string, body: string): void {
    const authorization = request.headers.authorization;
    const appBinding = (JSON.parse(body || '{}') as Record<string, unknown>)['teamsApp@odata.bind'];
    const status = this.installStatus(authorization, appBinding, userId);
    this.installs.push({ userId, appBinding, authorization, status });
    if (status === 201) {
      this.installed.add(userId);
      this.expected.onInstall?.(userId);
      return send(response, 201, { id: `installed-${userId}` });
    }
    send(response, status, {
      error: { code: status === 409 ? 'Conflict' : 'Forbidden', message: `scripted ${status}` },
    });
  }

  private installStatus(authorization: string | undefined, appBinding: unknown, userId: string): number {
    if (!authorization?.startsWith('Bearer ') || !this.tokens.has(authorization.slice('Bearer '.length))) return 401;
    if (this.refuseInstalls) return 403;
    const catalogApp = `/appCatalogs/teamsApps/${this.expected.catalogAppId}`;
    if (typeof appBinding !== 'string' || !appBinding.endsWith(catalogApp)) return 400;
    return this.installed.has(userId) ? 409 : 201;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
