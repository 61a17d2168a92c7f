import type { ApiClient } from '../../domain/api-access/api-client.js';
import { hashApiToken, looksLikeApiToken, sameTokenHash } from '../../domain/api-access/api-token.js';
import type { ApiClientRepository } from '../../store/api-clients.js';

export type Authenticated = { readonly client: ApiClient } | { readonly refused: 'missing_token' | 'invalid_token' };

/**
 * The client an `Authorization: Bearer …` header names, or why there is none. The token is hashed and its
 * client found by the hash; the stored hash is then compared in constant time all the same. The token itself is
 * never logged, stored or sent anywhere.
 */
export async function authenticate(
  clients: Pick<ApiClientRepository, 'withTokenHash'>,
  authorization: string | undefined,
): Promise<Authenticated> {
  const token = /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
  if (token === undefined) return { refused: 'missing_token' };
  if (!looksLikeApiToken(token)) return { refused: 'invalid_token' };
  const hash = hashApiToken(token);
  const client = await clients.withTokenHash(hash);
  if (!client || client.revokedAt !== undefined || !sameTokenHash(client.tokenHash, hash)) {
    return { refused: 'invalid_token' };
  }
  return { client };
}
