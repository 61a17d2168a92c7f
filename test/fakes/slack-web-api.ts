import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, readRequestBody } from './loopback.js';

/** One Web API call the bot made, with its arguments decoded (JSON-valued fields parsed). */
export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
}

/**
 * A fake of the Slack Web API (https://slack.com/api/<method>) on loopback, reached through Bolt's and the
 * Web API client's `slackApiUrl`. It answers the methods the bot uses as Slack documents them, keeps every
 * message as it stands after updates, and records every call — and every post to a command's
 * response_url — so tests assert on what people would see.
 */
export class FakeSlackWebApi {
  readonly calls: SlackCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  readonly messages = new Map<string, Record<string, unknown>>();
  private readonly failures: ({ status: 429; retryAfterSeconds: number } | { error: string })[] = [];
  private server = createServer((request, response) => void this.handle(request, response));
  baseUrl = '';

  /** The value for `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(name: string): string {
    return `${this.baseUrl}/response/${name}`;
  }

  async start(): Promise<this> {
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  /** The next Web API calls fail as scripted: an HTTP 429 with Retry-After, or an ok:false platform error. */
  failNext(...failures: ({ status: 429; retryAfterSeconds: number } | { error: string })[]): void {
    this.failures.push(...failures);
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readRequestBody(request);
    const url = request.url ?? '';
    if (url.startsWith('/response/')) {
      this.responses.push({ path: url, body: JSON.parse(body || '{}') as Record<string, unknown> });
      return send(response, { ok: true });
    }
    const method = url.replace(/^\/api\//, '').split('?')[0] ?? '';
    const args = decode(body, request.headers['content-type'] ?? '');
    this.calls.push({ method, args });
    const failure = method === 'auth.test' ? undefined : this.failures.shift();
    if (failure && 'status' in failure) {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfterSeconds) });
      response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    send(response, failure ? { ok: false, error: failure.error } : this.answer(method, args));
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? '');
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T-DERBYSHIRE' };
      case 'chat.postMessage': {
        const ts = `${Date.now() / 1000}`.padEnd(17, '0').slice(0, 17) + randomUUID().slice(0, 4);
        this.messages.set(`${channel}/${ts}`, args);
        return { ok: true, channel, ts, message: args };
      }
      case 'chat.update':
        this.messages.set(`${channel}/${String(args.ts)}`, args);
        return { ok: true, channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${randomUUID().slice(0, 8)}`, ...(args.view as object) } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D-${String(args.users)}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function decode(body: string, contentType: string): Record<string, unknown> {
  const raw: Record<string, unknown> = contentType.includes('json')
    ? (JSON.parse(body || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(body));
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' && /^[[{]/.test(value)) {
      try {
        raw[key] = JSON.parse(value);
      } catch {
        // a plain string that starts with a bracket
      }
    }
  }
  return raw;
}

function send(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
