import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';

/** Where a file a person sent in chat is, as the platform's own (authenticated) event gives it. */
export interface ChatFileSource {
  readonly url: string;
  /** Sent as `Authorization: Bearer …` (Slack's bot token), and only ever to an allowed host. */
  readonly bearerToken?: string;
  /** The size the platform says the file has, in bytes: a bigger file is refused before it is downloaded. */
  readonly declaredBytes?: number;
}

export interface ChatFileRules {
  /** Hosts a file may come from: `files.slack.com`, or `*.sharepoint.com` for any host under it. */
  readonly allowedHosts: readonly string[];
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/** A people file is a county's staff list: 2 MB holds several thousand rows, a stray export does not fit. */
export const PEOPLE_FILE_MAX_BYTES = 2_000_000;
/** The person is waiting for the dry run: a download that takes longer than this is given up. */
export const PEOPLE_FILE_TIMEOUT_MS = 3_000;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const TOO_BIG = `The file is too big: a people file can be at most ${PEOPLE_FILE_MAX_BYTES / 1_000_000} MB. Split it and send each part.`;
const NOT_DOWNLOADED = 'The bot could not download the file from the platform just now. Please send it again.';
const NOT_TEXT =
  'The file is not plain text: save the spreadsheet as CSV UTF-8 (comma-separated values, .csv) and send that.';

/** Whether a host is one of the allowed ones: named exactly, or under a `*.` entry. */
export function isAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  const name = host.toLowerCase();
  return allowedHosts.some((allowed) => {
    const entry = allowed.trim().toLowerCase();
    return entry.startsWith('*.') ? name.endsWith(entry.slice(1)) && name.length > entry.length - 1 : name === entry;
  });
}

/**
 * Downloads a file a person sent the bot in chat, as UTF-8 text, safely: only from a URL the platform's event
 * carried (never one a person typed), only over https from an allowed host (plain http only on loopback, for
 * tests and a local trial), following no redirect (so a token is never sent on, and the host check holds),
 * within a size limit checked before and while reading, and within a time limit. Each refusal is a sentence
 * for the person who sent the file.
 */
export async function downloadChatFile(source: ChatFileSource, rules: ChatFileRules): Promise<Outcome<string>> {
  if (source.declaredBytes !== undefined && source.declaredBytes > rules.maxBytes)
    return refuse('invalid_input', TOO_BIG);
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return refuse('invalid_input', NOT_DOWNLOADED);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.username || url.password || !isAllowedHost(url.hostname, rules.allowedHosts)) {
    return refuse(
      'invalid_input',
      'The bot downloads files only from the chat platform itself, and this one was elsewhere.',
    );
  }
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(rules.timeoutMs),
      headers: source.bearerToken ? { authorization: `Bearer ${source.bearerToken}` } : {},
    });
  } catch {
    return refuse('invalid_input', NOT_DOWNLOADED);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    return refuse('invalid_input', NOT_DOWNLOADED);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > rules.maxBytes) {
    await response.body.cancel();
    return refuse('invalid_input', TOO_BIG);
  }
  const bytes = await readAtMost(response.body, rules.maxBytes);
  if (bytes === 'too_big') return refuse('invalid_input', TOO_BIG);
  if (bytes === 'failed') return refuse('invalid_input', NOT_DOWNLOADED);
  if (bytes.includes(0)) return refuse('invalid_input', NOT_TEXT);
  try {
    return succeed(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('invalid_input', NOT_TEXT);
  }
}

/** The body's bytes, read no further than the limit; a body that breaks off (a timeout) is a failure. */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | 'too_big' | 'failed'> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel();
        return 'too_big';
      }
      chunks.push(value);
    }
  } catch {
    return 'failed';
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
