import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import { closeLoopback, listenOnLoopback } from './loopback.js';

/**
 * A fake of the Bot Framework's token-signing side: the OpenID metadata document and signing keys that
 * the Bot Framework adapter fetches to validate incoming requests (their published contract), served on
 * loopback, and a signer for tokens as the Bot Connector service issues them.
 */
export class FakeBotFrameworkTokens {
  private readonly keyId = `key-${randomUUID()}`;
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.url === '/v1/.well-known/openidconfiguration') {
      response.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${this.baseUrl}/v1/keys` }));
    } else if (request.url === '/v1/keys') {
      const jwk = this.keys.publicKey.export({ format: 'jwk' });
      response.end(JSON.stringify({ keys: [{ ...jwk, kid: this.keyId, use: 'sig', endorsements: ['msteams'] }] }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  baseUrl = '';

  get openIdMetadataUrl(): string {
    return `${this.baseUrl}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<this> {
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  /** A token as the Bot Connector sends it to a bot; override claims to forge a bad one. */
  token(
    claims: { audience: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string },
    key?: KeyObject,
  ): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: claims.issuer ?? 'https://api.botframework.com',
      aud: claims.audience,
      serviceurl: claims.serviceUrl,
      nbf: now - 60,
      iat: now - 60,
      exp: now + (claims.expiresInSeconds ?? 3600),
    };
    const header = { alg: 'RS256', typ: 'JWT', kid: this.keyId };
    const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const signature = createSign('RSA-SHA256')
      .update(unsigned)
      .sign(key ?? this.keys.privateKey);
    return `${unsigned}.${signature.toString('base64url')}`;
  }

  /** A key that is not the service's, for forged signatures. */
  static strangerKey(): KeyObject {
    return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
