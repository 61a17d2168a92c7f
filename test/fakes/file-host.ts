import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback } from './loopback.js';

/**
 * A loopback stand-in for where Teams keeps a file someone attaches in a personal chat with a bot (their
 * OneDrive, on SharePoint): each file at a short-lived, pre-authorised download URL (a `tempauth` token in the
 * query), fetched with no other credentials; a wrong or missing token is a 401. It records each download.
 */
export class FakeFileHost {
  readonly downloads: { path: string; authorized: boolean; authorization?: string }[] = [];
  private readonly files = new Map<string, { content: Buffer; token: string }>();
  private readonly redirects = new Map<string, string>();
  private readonly stalled = new Set<string>();
  private server = createServer((request, response) => this.handle(request, response));
  baseUrl = '';

  async start(): Promise<this> {
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  /** A file and the download URL Teams would give for it. */
  addFile(name: string, content: string | Buffer): string {
    const token = randomUUID();
    const path = `/personal/priya_derbyshire_gov_uk/Documents/Microsoft Teams Chat Files/${encodeURIComponent(name)}`;
    this.files.set(path, { content: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), token });
    return `${this.baseUrl}${path}?tempauth=${token}`;
  }

  /** A URL whose answer never comes: the headers are sent, then nothing more, as from a host that hangs. */
  addStalledFile(): string {
    const path = `/stalled/${randomUUID()}`;
    this.stalled.add(path);
    return `${this.baseUrl}${path}`;
  }

  /** A URL that answers with a redirect to `to`, as a host might to send a client elsewhere. */
  addRedirect(to: string): string {
    const path = `/redirect/${randomUUID()}`;
    this.redirects.set(path, to);
    return `${this.baseUrl}${path}`;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const path = decodeURIComponent(url.pathname);
    if (this.stalled.has(url.pathname)) {
      this.downloads.push({ path, authorized: true });
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('name,email\r\n');
      return;
    }
    const redirect = this.redirects.get(url.pathname);
    if (redirect) {
      this.downloads.push({ path, authorized: false });
      response.writeHead(302, { location: redirect });
      response.end();
      return;
    }
    const file = [...this.files.entries()].find(([stored]) => decodeURIComponent(stored) === path)?.[1];
    const authorized = file !== undefined && url.searchParams.get('tempauth') === file.token;
    const authorization = request.headers.authorization;
    this.downloads.push({ path, authorized, ...(authorization ? { authorization } : {}) });
    if (!file || !authorized) {
      response.writeHead(file ? 401 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: file ? 'unauthenticated' : 'itemNotFound' } }));
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(file.content.length),
    });
    response.end(file.content);
  }
}
