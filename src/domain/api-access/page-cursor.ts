import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';

/**
 * Where a client is in a list it reads a page at a time. Lists are in the order of the records' ids, which
 * never change, and hold only records created up to the moment the first page was read (`asOf`): so while
 * records are added and changed between pages, no record is served twice and none that existed then is
 * passed over. A record changed between pages shows as it is when its page is read; one added later is not in
 * this walk (the next walk, or `updatedSince`, finds it).
 */
export interface PageCursor {
  /** The id of the last record of the page before. */
  readonly after: string;
  /** When the first page was read: the records created after it are not in this walk. */
  readonly asOf: Date;
}

const cursorSchema = z.strictObject({ after: entityId, asOf: z.iso.datetime() });

/** The opaque text a client sends back for the next page. */
export function encodeCursor(cursor: PageCursor): string {
  const json = JSON.stringify({ after: cursor.after, asOf: cursor.asOf.toISOString() });
  return Buffer.from(json, 'utf8').toString('base64url');
}

/** The cursor a client sent, or null when it is not one of ours (then the request is refused as bad). */
export function decodeCursor(text: string): PageCursor | null {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(json);
  return parsed.success ? { after: parsed.data.after, asOf: new Date(parsed.data.asOf) } : null;
}
