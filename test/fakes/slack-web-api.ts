import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, readRequestBody } from './loopback.js';

/** One Web API call the bot made, with its arguments decoded (JSON-valued fields parsed). */
export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** When the call arrived, on the fake's clock (ms). */
  readonly receivedAt: number;
  /** The HTTP status it was answered with (200 for every answer of the Web API itself, ok or not). */
  status: number;
}

/**
 * A scripted failure of the next Web API call (or the next call of `method`, into `channel`): an HTTP 429 with
 * Retry-After, an ok:false platform error, or a gateway's 5xx — before or after the message was taken.
 */
export type SlackScriptedFailure = (
  | { status: 429; retryAfterSeconds: number }
  | { error: string }
  | { status: 500 | 502 | 503 | 504; afterAccepting?: boolean }
) & { method?: string; channel?: string };

/** A member of the workspace as users.info describes them (the parts the bot reads). */
export interface SlackUser {
  readonly id: string;
  readonly name: string;
  readonly realName: string;
  /** Given only to apps with the users:read.email scope; some accounts (bots, some guests) have none. */
  readonly email?: string;
  readonly isBot?: boolean;
}

/** The most messages conversations.history gives in one page, and how many when the caller does not say. */
const HISTORY_LIMIT_MAX = 999;
const HISTORY_LIMIT_DEFAULT = 100;

/**
 * A fake of the Slack Web API (https://slack.com/api/<method>) on loopback, reached through Bolt's and the
 * Web API client's `slackApiUrl`. It answers the methods the bot uses as Slack documents them, keeps every
 * message as it stands after updates, and records every call — and every post to a command's
 * response_url — so tests assert on what people would see. conversations.history reads back the bot's posts,
 * newest first, paged by cursor, between `oldest` and `latest`, with their metadata only when asked
 * (`include_all_metadata`), as Slack documents it. users.info describes the users it is given, and answers
 * `user_not_found` for anyone else.
 */
export class FakeSlackWebApi {
  readonly calls: SlackCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  readonly messages = new Map<string, Record<string, unknown>>();
  private readonly failures: SlackScriptedFailure[] = [];
  private readonly users = new Map<string, SlackUser>();
  private readonly channelMembers = new Map<string, readonly string[]>();
  private readonly files = new Map<string, { content: Buffer; token: string }>();
  /** Every download of a shared file: its path, and whether it carried the bot token Slack asks for. */
  readonly fileDownloads: { path: string; authorized: boolean }[] = [];
  private server = createServer((request, response) => void this.handle(request, response));
  private readonly clock: () => number;
  private postsSoFar = 0;
  /** The direct messages conversations.open has opened. */
  readonly openedDirectMessages = new Set<string>();
  baseUrl = '';

  /** `clock` stamps arrivals and message timestamps (ts); tests that pace by a virtual clock pass theirs. */
  constructor(options: { clock?: () => number } = {}) {
    this.clock = options.clock ?? Date.now;
  }

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

  /** Someone in the workspace, as users.info will describe them. */
  addUser(user: SlackUser): void {
    this.users.set(user.id, user);
  }

  /**
   * A file someone shared, served as files.slack.com serves `url_private_download`: only with
   * `Authorization: Bearer <the bot token>`; without it, Slack sends the sign-in page instead. Returns the file
   * object a `file_share` message event carries.
   */
  addFile(name: string, content: string | Buffer, token = 'xoxb-test-token'): Record<string, unknown> {
    const id = `F${randomUUID().slice(0, 8).toUpperCase()}`;
    const body = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const path = `/files-pri/T-DERBYSHIRE-${id}/download/${encodeURIComponent(name)}`;
    this.files.set(path, { content: body, token });
    const csv = name.toLowerCase().endsWith('.csv');
    return {
      id,
      name,
      title: name,
      mimetype: csv ? 'text/csv' : 'application/octet-stream',
      filetype: csv ? 'csv' : 'binary',
      size: body.length,
      url_private: `${this.baseUrl}/files-pri/T-DERBYSHIRE-${id}/${encodeURIComponent(name)}`,
      url_private_download: `${this.baseUrl}${path}`,
    };
  }

  /** The members of a channel, as conversations.members lists their user ids. */
  setChannelMembers(channel: string, userIds: readonly string[]): void {
    this.channelMembers.set(channel, userIds);
  }

  /** The next Web API calls fail as scripted, in order (see SlackScriptedFailure). */
  failNext(...failures: SlackScriptedFailure[]): void {
    this.failures.push(...failures);
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The messages in a channel as they stand now, oldest first. */
  messagesIn(channel: string): Record<string, unknown>[] {
    return [...this.messages.entries()]
      .filter(([key]) => key.startsWith(`${channel}/`))
      .map(([, message]) => message)
      .sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readRequestBody(request);
    const url = request.url ?? '';
    if (url.startsWith('/files-pri/')) return this.serveFile(request, response, url);
    if (url.startsWith('/response/')) {
      this.responses.push({ path: url, body: JSON.parse(body || '{}') as Record<string, unknown> });
      return send(response, { ok: true });
    }
    const method = url.replace(/^\/api\//, '').split('?')[0] ?? '';
    const args = decode(body, request.headers['content-type'] ?? '');
    const call: SlackCall = { method, args, receivedAt: this.clock(), status: 200 };
    this.calls.push(call);
    const failure = method === 'auth.test' ? undefined : this.takeFailure(method, String(args.channel ?? ''));
    if (!failure) return send(response, this.answer(method, args));
    if ('error' in failure) return send(response, { ok: false, error: failure.error });
    call.status = failure.status;
    if (failure.status === 429) {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfterSeconds) });
      response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (failure.afterAccepting) this.answer(method, args);
    response.writeHead(failure.status, { 'content-type': 'text/html' });
    response.end(`<html><body>${failure.status}</body></html>`);
  }

  private takeFailure(method: string, channel: string): SlackScriptedFailure | undefined {
    const index = this.failures.findIndex(
      (failure) =>
        (failure.method === undefined || failure.method === method) &&
        (failure.channel === undefined || failure.channel === channel),
    );
    return index === -1 ? undefined : this.failures.splice(index, 1)[0];
  }

  /** A message timestamp as Slack writes them (seconds.microseconds), unique within the fake. */
  private nextTs(): string {
    this.postsSoFar += 1;
    const micros = (this.clock() % 1000) * 1000 + (this.postsSoFar % 1000);
    return `${Math.floor(this.clock() / 1000)}.${String(micros).padStart(6, '0')}`;
  }

  private history(args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? '');
    const oldest = Number(args.oldest ?? 0);
    const latest = args.latest === undefined ? Number.POSITIVE_INFINITY : Number(args.latest);
    const inclusive = String(args.inclusive) === 'true';
    const withMetadata = String(args.include_all_metadata) === 'true';
    const limit = Math.min(HISTORY_LIMIT_MAX, Number(args.limit ?? HISTORY_LIMIT_DEFAULT) || HISTORY_LIMIT_DEFAULT);
    const offset = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString('utf8')) : 0;
    const inRange = this.messagesIn(channel)
      .filter((message) => {
        const ts = Number(message.ts);
        return inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest;
      })
      .reverse();
    const page = inRange.slice(offset, offset + limit).map((message) => ({
      type: 'message',
      user: 'UBOT',
      bot_id: 'BBOT',
      app_id: 'A-CHALLENGE-DAY',
      ts: message.ts,
      text: message.text,
      blocks: message.blocks,
      ...(withMetadata && message.metadata ? { metadata: message.metadata } : {}),
    }));
    const hasMore = offset + limit < inRange.length;
    const nextCursor = hasMore ? Buffer.from(String(offset + limit)).toString('base64') : '';
    return { ok: true, messages: page, has_more: hasMore, response_metadata: { next_cursor: nextCursor } };
  }

  /** A user object as users.info gives it; the email is in the profile, as Slack puts it. */
  private userInfo(id: string): Record<string, unknown> {
    const user = this.users.get(id);
    if (!user) return { ok: false, error: 'user_not_found' };
    return {
      ok: true,
      user: {
        id: user.id,
        team_id: 'T-DERBYSHIRE',
        name: user.name,
        deleted: false,
        real_name: user.realName,
        is_bot: user.isBot ?? false,
        profile: {
          real_name: user.realName,
          display_name: user.name,
          ...(user.email ? { email: user.email } : {}),
        },
      },
    };
  }

  /**
   * conversations.open with `users` (one user id, for a direct message): the same direct message for the same
   * user every time, as Slack gives it, created on the first call. Without `users` (or `channel`) it is
   * `users_list_not_supplied`; the bot's own id, `cannot_dm_bot`.
   */
  private openDirectMessage(args: Record<string, unknown>): Record<string, unknown> {
    const users = typeof args.users === 'string' ? args.users.split(',').filter(Boolean) : [];
    if (users.length === 0) return { ok: false, error: 'users_list_not_supplied' };
    if (users.includes('UBOT')) return { ok: false, error: 'cannot_dm_bot' };
    const id = `D-${users.join('-')}`;
    const alreadyOpen = this.openedDirectMessages.has(id);
    this.openedDirectMessages.add(id);
    return { ok: true, ...(alreadyOpen ? { already_open: true, no_op: true } : {}), channel: { id } };
  }

  private serveFile(request: IncomingMessage, response: ServerResponse, path: string): void {
    const file = this.files.get(path);
    const authorized = file !== undefined && request.headers.authorization === `Bearer ${file.token}`;
    this.fileDownloads.push({ path, authorized });
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('file_not_found');
      return;
    }
    if (!authorized) {
      response.writeHead(302, { location: `${this.baseUrl}/signin`, 'content-type': 'text/html' });
      response.end('<html>Sign in to Slack</html>');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(file.content.length) });
    response.end(file.content);
  }

  /**
   * conversations.members: a channel's member ids, `limit` at a time (Slack's default 100, at most 1,000),
   * paged by an opaque cursor in response_metadata.next_cursor ("" on the last page).
   */
  private membersOf(args: Record<string, unknown>): Record<string, unknown> {
    const members = this.channelMembers.get(String(args.channel ?? ''));
    if (!members) return { ok: false, error: 'channel_not_found' };
    const limit = Math.min(1000, Number(args.limit ?? 100) || 100);
    const offset = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString('utf8')) : 0;
    const more = offset + limit < members.length;
    return {
      ok: true,
      members: members.slice(offset, offset + limit),
      response_metadata: { next_cursor: more ? Buffer.from(String(offset + limit)).toString('base64') : '' },
    };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? '');
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T-DERBYSHIRE' };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        this.messages.set(`${channel}/${ts}`, { ...args, ts });
        return { ok: true, channel, ts, message: args };
      }
      case 'chat.update': {
        // An update replaces the text and blocks; the metadata given with the post stays.
        const key = `${channel}/${String(args.ts)}`;
        this.messages.set(key, { ...this.messages.get(key), ...args });
        return { ok: true, channel, ts: args.ts };
      }
      case 'conversations.history':
        return this.history(args);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${randomUUID().slice(0, 8)}`, ...(args.view as object) } };
      case 'users.info':
        return this.userInfo(String(args.user ?? ''));
      case 'conversations.open':
        return this.openDirectMessage(args);
      case 'conversations.members':
        return this.membersOf(args);
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
