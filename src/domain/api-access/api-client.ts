import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';

/**
 * What a client of the read API may read, one scope per kind of record. A client is given only the scopes it
 * needs; a request for anything else is refused (403), whatever its districts.
 */
export const API_SCOPES = [
  'read:challenge-days',
  'read:reports',
  'read:actions',
  'read:districts',
  'read:performance',
  'read:themes',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A client's name: what the audit trail records it by, so letters, digits and - _ . only (no spaces). */
export const apiClientName = z
  .string()
  .min(2, 'a client name has at least 2 characters')
  .max(64, 'a client name has at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a client name is letters, digits, and . _ - (no spaces)');

/** The hex SHA-256 of a token: all the bot keeps of it (api-token.ts says why a plain hash is enough). */
export const tokenHash = z.string().regex(/^[0-9a-f]{64}$/, 'a token hash is 64 hex digits');

/**
 * Another system allowed to read the API (a council's Power BI, a ticketing tool): its name, the hash of its
 * token, the districts it may read (every district, or those named) and its scopes. Revoked, never deleted, so
 * the audit trail's requests keep a client to point to and a name is never given to another system.
 */
export const apiClientSchema = z.strictObject({
  /** The client's name (apiClientName). */
  _id: entityId,
  tokenHash,
  districts: z.union([z.literal('all'), z.array(entityId).min(1).max(100)]),
  scopes: z.array(z.enum(API_SCOPES)).min(1).max(API_SCOPES.length),
  createdAt: z.date(),
  revokedAt: z.date().optional(),
});
export type ApiClient = z.infer<typeof apiClientSchema>;

/** The id the audit trail records a client's requests under: its name, marked as an API client's. */
export function apiActorId(clientName: string): string {
  return `api:${clientName}`;
}
