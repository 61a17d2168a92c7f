import type { z } from 'zod/v4';
import type { PagePosition } from '../../domain/api-access/action-filter.js';
import type { ApiClient } from '../../domain/api-access/api-client.js';
import { decodeCursor, encodeCursor } from '../../domain/api-access/page-cursor.js';
import { districtsOfList, mayReadDistrict } from '../../domain/api-access/permissions.js';
import { refused, type ApiAnswer } from './api-answer.js';

/** Records per page when the client does not say. */
const DEFAULT_PAGE = 100;

export interface PageRequest {
  readonly district?: string | undefined;
  readonly cursor?: string | undefined;
  readonly limit?: string | undefined;
}

/** What a list reads: the districts it is limited to, where its page starts, how many at most. */
export interface PageBounds {
  readonly districtIds: readonly string[] | undefined;
  readonly position: PagePosition;
  readonly limit: number;
}

/**
 * Reads one page of a list for a client: its districts (403 when it names one the client may not read), the
 * cursor (400 when it is not one the API gave), one record more than the page to know whether another follows.
 */
export async function readPage<T extends { _id: string }>(
  client: ApiClient,
  asked: PageRequest,
  now: Date,
  read: (bounds: PageBounds) => Promise<T[]>,
  present: (records: T[]) => Promise<unknown[]>,
  schema: z.ZodType,
): Promise<ApiAnswer> {
  if (asked.district !== undefined) {
    const allowed = mayReadDistrict(client, asked.district);
    if (!allowed.ok) return refused(403, allowed.error.userMessage);
  }
  const cursor = asked.cursor === undefined ? null : decodeCursor(asked.cursor);
  if (asked.cursor !== undefined && cursor === null) {
    return refused(400, 'The request was not understood: cursor: not a cursor this API gave.');
  }
  const limit = asked.limit === undefined ? DEFAULT_PAGE : Number(asked.limit);
  if (limit > 500) return refused(400, 'The request was not understood: limit: must be a whole number from 1 to 500.');
  const position = cursor ?? { asOf: now };
  const found = await read({ districtIds: districtsOfList(client, asked.district), position, limit: limit + 1 });
  const page = found.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = found.length > limit && last ? encodeCursor({ after: last._id, asOf: position.asOf }) : null;
  return { status: 200, schema, body: { data: await present(page), nextCursor }, records: page.length };
}
