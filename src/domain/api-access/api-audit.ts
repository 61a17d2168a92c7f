import type { AuditEvent } from '../audit/audit-event.js';
import { apiActorId } from './api-client.js';

/** Who made a request the API could not tie to a client (no token, or one that is not valid). */
export const UNKNOWN_API_CLIENT = 'api:unknown-client';

export interface ApiRequestRecord {
  readonly requestId: string;
  /** The client's name, or null when the request carried no valid token. */
  readonly clientName: string | null;
  readonly method: string;
  /** The path without its query (the query is the client's and may be anything). */
  readonly path: string;
  readonly status: number;
  /** How many records the answer held, for a list. */
  readonly records?: number;
  readonly at: Date;
}

/**
 * The audit event of one API request: which client (by name, never by token), what it asked for and what it
 * was answered. Its id is the request's, so it is written once.
 */
export function apiRequestEvent(request: ApiRequestRecord): AuditEvent {
  const records = request.records === undefined ? '' : `, ${request.records} records`;
  return {
    _id: `api_request:${request.requestId}`,
    entityKind: 'api_request',
    entityId: request.requestId,
    transition: 'request',
    actorId: request.clientName === null ? UNKNOWN_API_CLIENT : apiActorId(request.clientName),
    at: request.at,
    commandId: request.requestId,
    before: 'none',
    after: String(request.status),
    note: `${request.method} ${request.path.slice(0, 300)} → ${request.status}${records}`,
  };
}

/** The audit event of a client added or revoked from the command line. */
export function apiClientChangeEvent(change: {
  readonly clientName: string;
  readonly transition: 'add' | 'revoke';
  readonly actorId: string;
  readonly at: Date;
  readonly note: string;
}): AuditEvent {
  return {
    _id: `api_client:${change.clientName}:${change.transition}`,
    entityKind: 'api_client',
    entityId: change.clientName,
    transition: change.transition,
    actorId: change.actorId,
    at: change.at,
    commandId: `api-client-${change.transition}-${change.clientName}`,
    before: change.transition === 'add' ? 'none' : 'active',
    after: change.transition === 'add' ? 'active' : 'revoked',
    note: change.note,
  };
}
