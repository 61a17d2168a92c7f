import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, readRequestBody } from '../../fakes/loopback.js';

/**
 * Stands between the bot and the Slack fake, passing every Web API call through until a given number of
 * posts (chat.postMessage) have gone. Then it shuts on posts: the first post after that still reaches Slack,
 * but its answer never comes back — as when a process dies after Slack took a post and before it heard so —
 * and the posts after it are held without reaching Slack at all. Once opened again, everything passes.
 * Other calls (auth.test, conversations.history) always pass.
 */
export class SlackPostGate {
  private readonly server = createServer((request, response) => void this.handle(request, response));
  private postsSeen = 0;
  /** The posts let through that Slack has not answered yet. */
  private readonly postsPassing = new Set<Promise<void>>();
  private shut = true;
  private takenNotAnsweredChannel: ((channel: string) => void) | undefined;
  /** The channel of the post Slack took but whose answer was withheld, once there is one. */
  readonly takenNotAnswered: Promise<string>;
  baseUrl = '';

  constructor(
    private readonly slackApiUrl: string,
    private readonly postsLetThrough: number,
  ) {
    this.takenNotAnswered = new Promise((resolve) => {
      this.takenNotAnsweredChannel = resolve;
    });
  }

  /** The value for the bot's SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  async start(): Promise<this> {
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  /** From now on every call passes, posts included. */
  open(): void {
    this.shut = false;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readRequestBody(request);
    const path = (request.url ?? '').replace(/^\/api\//, '');
    if (!this.shut || path.split('?')[0] !== 'chat.postMessage') return this.pass(request, path, body, response);
    this.postsSeen += 1;
    if (this.postsSeen <= this.postsLetThrough) {
      const passing = this.pass(request, path, body, response);
      this.postsPassing.add(passing);
      return passing.finally(() => this.postsPassing.delete(passing));
    }
    if (this.postsSeen === this.postsLetThrough + 1) {
      const answer = await this.forward(request, path, body);
      if (!answer.ok) throw new Error(`the Slack fake refused the post it was to take: ${answer.status}`);
      // Told only once Slack holds every post let through too, so a test sees exactly what Slack was given.
      await Promise.allSettled(this.postsPassing);
      this.takenNotAnsweredChannel?.(channelOf(body));
    }
    // Held: the bot waits for an answer that does not come until the process is gone.
  }

  private async pass(request: IncomingMessage, path: string, body: string, response: ServerResponse): Promise<void> {
    const answer = await this.forward(request, path, body);
    response.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
      ...(answer.headers.has('retry-after') ? { 'retry-after': answer.headers.get('retry-after') ?? '' } : {}),
    });
    response.end(await answer.text());
  }

  private forward(request: IncomingMessage, path: string, body: string): Promise<Response> {
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    return fetch(`${this.slackApiUrl}${path}`, { method: request.method ?? 'POST', headers, body });
  }
}

/** The channel a post is made to, from a JSON or form-encoded Web API body. */
function channelOf(body: string): string {
  try {
    return String((JSON.parse(body) as { channel?: unknown }).channel ?? '');
  } catch {
    return new URLSearchParams(body).get('channel') ?? '';
  }
}
