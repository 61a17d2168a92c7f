import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { addApiClient } from '../../src/api-clients/api-client-command.js';
import type { Stores } from '../../src/store/stores.js';

export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/**
 * The OpenAPI path a request path is described under: itself ("/themes/counts"), or "/actions/action-1" →
 * "/actions/{id}".
 */
function describedPath(path: string, paths: object): string {
  const bare = (path.split('?')[0] ?? path).replace(/^\/api\/v1/, '');
  return bare in paths ? bare : bare.replace(/^(\/[a-z-]+)\/[^/]+$/, '$1/{id}');
}

/**
 * Calls the bot's read API over HTTP and checks every answer against the OpenAPI document the bot serves
 * (with ajv, as any client's tooling would), so a test cannot pass on an answer the document does not describe.
 */
export async function apiCaller(baseUrl: string) {
  const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi.json');
  const pointer = (text: string) => text.replaceAll('~', '~0').replaceAll('/', '~1');

  return {
    document,
    async get(path: string, token?: string): Promise<ApiResponse> {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as Record<string, unknown>;
      const paths = document.paths as object;
      const described = describedPath(path, paths) in paths;
      // A path that is no endpoint is answered with the document's error, 404.
      const schemaRef = described
        ? `openapi.json#/paths/${pointer(describedPath(path, paths))}/get/responses/${response.status}/content/application~1json/schema`
        : 'openapi.json#/components/schemas/Error';
      if (!described) expect(response.status).toBe(404);
      const validate = ajv.getSchema(schemaRef);
      expect(validate, `the document describes ${response.status} from ${describedPath(path, paths)}`).toBeDefined();
      expect(validate?.(body), JSON.stringify(validate?.errors)).toBe(true);
      return { status: response.status, headers: response.headers, body };
    },
  };
}

/** Adds a client as `npm run api:client -- add` does, and gives its token. */
export async function tokenOfNewClient(
  stores: Stores,
  client: { name: string; districts: string; scopes: string },
  now: Date,
): Promise<string> {
  const added = await addApiClient(stores, client, now);
  if (!added.ok) throw new Error(added.error.userMessage);
  return added.value.token;
}
