import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { closeLoopback, listenOnLoopback, readRequestBody } from './loopback.js';

/**
 * How the receiver answers one post: a status; no answer at all (it holds the request); or it acts on the
 * post and then holds it, as when the answer is lost on the way back.
 */
export type ReceiverAnswer = number | 'hang' | 'act_then_hang';

export interface ReceivedPost {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** How it answered. */
  readonly answered: ReceiverAnswer;
  /** When it arrived, on the receiver's clock (a test's virtual pacing clock, or the system's). */
  readonly receivedAt: number;
}

/**
 * A system's webhook receiver on loopback, written as Standard Webhooks asks receivers to be: it verifies each
 * post's signature with the secret (when given one) and acts on each webhook-id once, however often it is
 * posted. Answers 204 unless told otherwise for the next posts.
 */
export class FakeWebhookReceiver {
  private server: Server | undefined;
  private baseUrl = '';
  private readonly answers: ReceiverAnswer[] = [];
  private readonly held = new Set<() => void>();
  readonly posts: ReceivedPost[] = [];
  /** The payloads acted on, each webhook-id once, in the order first received. */
  readonly processed: unknown[] = [];
  private readonly seenIds = new Set<string>();
  /** Called when a post is held ('hang'), with its body. */
  onHeld: ((post: ReceivedPost) => void) | undefined;

  constructor(
    private secret?: string,
    private readonly clock: () => number = Date.now,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void readRequestBody(request).then((body) => {
        const answered = this.answers.shift() ?? 204;
        const post = { path: request.url ?? '/', headers: request.headers, body, answered, receivedAt: this.clock() };
        this.posts.push(post);
        if (answered === 'act_then_hang') this.actOn(post);
        if (answered === 'hang' || answered === 'act_then_hang') {
          const release = () => response.destroy();
          this.held.add(release);
          this.onHeld?.(post);
          return;
        }
        if (answered >= 200 && answered < 300) this.actOn(post);
        response.writeHead(answered).end();
      });
    });
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    for (const release of this.held) release();
    if (this.server) await closeLoopback(this.server);
  }

  url(path = '/hooks'): string {
    return `${this.baseUrl}${path}`;
  }

  /** The secret to verify signatures with, once it is known (it is printed when the subscription is added). */
  useSecret(secret: string): void {
    this.secret = secret;
  }

  /** The next posts are answered these ways, in order; then 204 again. */
  answerNext(...answers: ReceiverAnswer[]): void {
    this.answers.push(...answers);
  }

  /** The payload of a post, checked against its signature with the standardwebhooks library. */
  verified(post: ReceivedPost): unknown {
    if (!this.secret) throw new Error('the receiver has no secret to verify with');
    return new Webhook(this.secret).verify(post.body, {
      'webhook-id': String(post.headers['webhook-id']),
      'webhook-timestamp': String(post.headers['webhook-timestamp']),
      'webhook-signature': String(post.headers['webhook-signature']),
    });
  }

  private actOn(post: ReceivedPost): void {
    const id = String(post.headers['webhook-id']);
    const payload = this.secret ? this.verified(post) : JSON.parse(post.body);
    if (this.seenIds.has(id)) return;
    this.seenIds.add(id);
    this.processed.push(payload);
  }
}
