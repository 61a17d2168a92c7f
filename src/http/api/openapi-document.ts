import type { z } from 'zod/v4';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import type { ApiScope } from '../../domain/api-access/api-client.js';
import {
  actionPageSchema,
  actionQuerySchema,
  apiActionSchema,
  apiChallengeDaySchema,
  apiErrorSchema,
  apiReportSchema,
  challengeDayPageSchema,
  districtListSchema,
  idPathSchema,
  listQuerySchema,
  reportPageSchema,
} from './api-schemas.js';
import { apiPerformanceSchema, performanceQuerySchema } from './api-performance-schemas.js';
import { themeCountsQuerySchema, themeCountsSchema, themeListSchema } from './api-theme-schemas.js';

/** Where the read API lives; a change that breaks a client gets a new version beside it. */
export const API_BASE = '/api/v1';

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

const errors = {
  '400': { description: 'A parameter is not one the API takes, or not of its form.', content: json(apiErrorSchema) },
  '401': {
    description: 'No token, or a token that is not valid (unknown, or its client revoked).',
    content: json(apiErrorSchema),
  },
  '403': { description: 'The client lacks the scope, or may not read that district.', content: json(apiErrorSchema) },
  '429': {
    description: 'Too many requests from this client; wait the Retry-After seconds.',
    content: json(apiErrorSchema),
  },
} satisfies ZodOpenApiResponsesObject;

function operation(
  summary: string,
  scope: ApiScope,
  answer: z.ZodType,
  params: Pick<ZodOpenApiOperationObject, 'requestParams'>,
  single = false,
): ZodOpenApiOperationObject {
  return {
    summary,
    description: `Needs the \`${scope}\` scope.`,
    security: [{ bearer: [] }],
    ...params,
    responses: {
      '200': { description: 'OK', content: json(answer) },
      ...errors,
      ...(single ? { '404': { description: 'No such record.', content: json(apiErrorSchema) } } : {}),
    },
  };
}

/** The OpenAPI 3.1 description of the read API, made once from the schemas its answers are validated by. */
export function openApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Challenge Day bot read API',
      version: '1.0.0',
      description:
        'The action plan, Challenge Days, verified reports, districts, learning themes and performance figures, for ' +
        'other systems to read. Never case-level detail. Each client reads only its districts and its scopes.',
    },
    servers: [{ url: API_BASE }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token of an API client.' } },
    },
    paths: {
      '/challenge-days': {
        get: operation('Challenge Days, a page at a time', 'read:challenge-days', challengeDayPageSchema, {
          requestParams: { query: listQuerySchema },
        }),
      },
      '/challenge-days/{id}': {
        get: operation(
          'One Challenge Day',
          'read:challenge-days',
          apiChallengeDaySchema,
          { requestParams: { path: idPathSchema } },
          true,
        ),
      },
      '/reports': {
        get: operation('Verified reports, a page at a time', 'read:reports', reportPageSchema, {
          requestParams: { query: listQuerySchema },
        }),
      },
      '/reports/{id}': {
        get: operation(
          'One verified report',
          'read:reports',
          apiReportSchema,
          { requestParams: { path: idPathSchema } },
          true,
        ),
      },
      '/actions': {
        get: operation('Actions of the action plan, a page at a time', 'read:actions', actionPageSchema, {
          requestParams: { query: actionQuerySchema },
        }),
      },
      '/actions/{id}': {
        get: operation('One action', 'read:actions', apiActionSchema, { requestParams: { path: idPathSchema } }, true),
      },
      '/districts': {
        get: operation('The districts the client may read', 'read:districts', districtListSchema, {}),
      },
      '/performance': {
        get: operation(
          'Performance figures of a district, the county or the client’s districts over a month, quarter or year',
          'read:performance',
          apiPerformanceSchema,
          { requestParams: { query: performanceQuerySchema } },
          true,
        ),
      },
      '/themes': {
        get: operation('The learning themes of the county’s vocabulary', 'read:themes', themeListSchema, {}),
      },
      '/themes/counts': {
        get: operation(
          'How often Challenge Days recorded each theme, by month and by day, with its trend (no excerpts)',
          'read:themes',
          themeCountsSchema,
          { requestParams: { query: themeCountsQuerySchema } },
        ),
      },
    },
  });
}
