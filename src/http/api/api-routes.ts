import { randomUUID } from 'node:crypto';
import { Router, type Request } from 'express';
import { apiRequestEvent } from '../../domain/api-access/api-audit.js';
import { entityId } from '../../domain/shared/fields.js';
import type { Logger } from '../../logger.js';
import type { Stores } from '../../store/stores.js';
import type { ApiAnswer } from './api-answer.js';
import { authenticate } from './api-authentication.js';
import { apiEndpoints, type ApiEndpoint } from './api-endpoints.js';
import { ApiRateLimit } from './api-rate-limit.js';
import { apiErrorSchema } from './api-schemas.js';
import { API_BASE, openApiDocument } from './openapi-document.js';

export interface ApiRouteDeps {
  readonly stores: Stores;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Requests each client may make a minute (API_REQUESTS_PER_MINUTE). */
  readonly requestsPerMinute: number;
}

/** The endpoint a path names, and the record id in it for an endpoint of one record. */
function route(endpoints: Record<string, ApiEndpoint>, path: string): { endpoint: ApiEndpoint; id?: string } | null {
  const exact = endpoints[path];
  if (exact) return { endpoint: exact };
  // Ids are letters, digits and : _ . @ | - (fields.ts): nothing to decode, and anything else names no record.
  const one = /^(\/[a-z-]+)\/([^/]+)$/.exec(path);
  const endpoint = one ? endpoints[`${one[1]}/:id`] : undefined;
  return one && endpoint && entityId.safeParse(one[2]).success ? { endpoint, id: one[2] ?? '' } : null;
}

/**
 * `/api/v1`: the read API for other systems. `openapi.json` describes it to anyone; everything else needs a
 * client's bearer token (401 without a valid one), keeps to the client's rate (429 with Retry-After), scopes and
 * districts (403), and is recorded in the audit trail under the client's name — never its token — with what it
 * asked for and the status it got. Every answer is validated by the schema the document describes it with.
 */
export function apiRoutes(deps: ApiRouteDeps): Router {
  const router = Router();
  // Made on the first request for it: building it loads zod-openapi, which an idle bot need not hold.
  let document: ReturnType<typeof openApiDocument> | undefined;
  const rateLimit = new ApiRateLimit(deps.requestsPerMinute);
  const endpoints = apiEndpoints(deps);

  router.get(`${API_BASE}/openapi.json`, (_request, response) => {
    document ??= openApiDocument();
    response.set('cache-control', 'no-cache').json(document);
  });

  router.use(API_BASE, async (request, response) => {
    const requestId = `api-request-${randomUUID()}`;
    const at = deps.now();
    let clientName: string | null = null;
    const send = async (answer: ApiAnswer, headers: Record<string, string> = {}) => {
      const body = answer.status === 200 ? answer.schema.parse(answer.body) : apiErrorSchema.parse(answer.body);
      const records = answer.status === 200 ? answer.records : undefined;
      await record(answer.status, records);
      response
        .status(answer.status)
        .set({ 'cache-control': 'no-store', 'x-request-id': requestId, ...headers })
        .json(body);
    };
    const record = (status: number, records?: number) =>
      deps.stores.auditEvents.record(
        apiRequestEvent({
          requestId,
          clientName,
          method: request.method,
          path: `${API_BASE}${request.path}`,
          status,
          ...(records === undefined ? {} : { records }),
          at,
        }),
      );
    try {
      await answer(request, send, (name) => (clientName = name));
    } catch (error) {
      // The app's error handler answers 500 and logs; the request is in the trail all the same.
      await record(500).catch(() => undefined);
      throw error;
    }
  });

  const answer = async (
    request: Request,
    send: (answer: ApiAnswer, headers?: Record<string, string>) => Promise<void>,
    identify: (clientName: string) => void,
  ) => {
    const authenticated = await authenticate(deps.stores.apiClients, request.get('authorization'));
    if ('refused' in authenticated) {
      // Guessing tokens is paced too: by the address the guesses come from.
      const wait = await rateLimit.take(`address:${request.ip ?? 'unknown'}`);
      if (wait !== null) return send(tooMany(wait), { 'retry-after': String(wait) });
      const missing = authenticated.refused === 'missing_token';
      return send(
        {
          status: 401,
          body: {
            error: 'unauthorized',
            message: missing
              ? 'This API needs a client token: send it as "Authorization: Bearer <token>".'
              : 'The token is not valid: unknown, or its client was revoked.',
          },
        },
        { 'www-authenticate': missing ? 'Bearer realm="api"' : 'Bearer realm="api", error="invalid_token"' },
      );
    }
    const { client } = authenticated;
    identify(client._id);
    const wait = await rateLimit.take(`client:${client._id}`);
    if (wait !== null) return send(tooMany(wait), { 'retry-after': String(wait) });
    const found = request.method === 'GET' ? route(endpoints, request.path) : null;
    if (!found) return send({ status: 404, body: { error: 'not_found', message: 'There is no such endpoint.' } });
    return send(await found.endpoint({ client, query: request.query, ...(found.id ? { id: found.id } : {}) }));
  };

  return router;
}

function tooMany(seconds: number): ApiAnswer {
  return {
    status: 429,
    body: { error: 'too_many_requests', message: `Too many requests from this client: try again in ${seconds} s.` },
  };
}
