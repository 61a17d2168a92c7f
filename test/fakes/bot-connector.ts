import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, readRequestBody } from './loopback.js';

/** One call the bot made to the Bot Connector service, as the fake recorded it. */
export interface ConnectorCall {
  readonly method: 'POST' | 'PUT' | 'DELETE';
  readonly conversationId: string;
  /** The activity replied to (POST …/activities/{id}) or replaced (PUT …/activities/{id}). */
  readonly activityId?: string;
  readonly activity: Record<string, unknown>;
  readonly authorization?: string;
  /** The id of the activity the call created or replaced. */
  readonly id: string;
}

export type ScriptedFailure = { status: number; retryAfterSeconds?: number };

/**
 * A fake of the Bot Connector REST API (the service Teams replies and proactive messages go to), on
 * loopback. It accepts the calls of the published contract, gives each new activity an id, remembers the
 * latest version of every message, and can be told to fail the next calls (429 with Retry-After, 502, 404).
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly failures: ScriptedFailure[] = [];
  private readonly messages = new Map<string, Record<string, unknown>>();
  private server = createServer((request, response) => void this.handle(request, response));
  serviceUrl = '';

  async start(): Promise<this> {
    this.serviceUrl = `${await listenOnLoopback(this.server)}/`;
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  /** The next calls fail as scripted, in order. */
  failNext(...failures: ScriptedFailure[]): void {
    this.failures.push(...failures);
  }

  /** The message with this id as it stands now (after any in-place updates). */
  message(activityId: string): Record<string, unknown> | undefined {
    return this.messages.get(activityId);
  }

  /** Calls into one conversation. */
  callsTo(conversationId: string): ConnectorCall[] {
    return this.calls.filter((call) => call.conversationId === conversationId);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readRequestBody(request);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/.exec(request.url ?? '');
    const method = request.method as ConnectorCall['method'];
    if (!match || !['POST', 'PUT'].includes(method)) return send(response, 404, { error: { code: 'NotFound' } });

    const failure = this.failures.shift();
    if (failure) {
      if (failure.retryAfterSeconds !== undefined) response.setHeader('retry-after', String(failure.retryAfterSeconds));
      return send(response, failure.status, { error: { code: 'Scripted', message: `scripted ${failure.status}` } });
    }

    const conversationId = decodeURIComponent(match[1] ?? '');
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const activity = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
    const id = method === 'PUT' && activityId ? activityId : `activity-${randomUUID()}`;
    this.calls.push({ method, conversationId, activityId, activity, authorization: request.headers.authorization, id });
    this.messages.set(id, activity);
    send(response, method === 'PUT' ? 200 : 201, { id });
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
