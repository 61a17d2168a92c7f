import type { z } from 'zod/v4';
import type { Action } from '../../domain/action/action.js';
import type { ApiActionFilter } from '../../domain/api-access/action-filter.js';
import type { ApiClient, ApiScope } from '../../domain/api-access/api-client.js';
import { mayReadDistrict, mayUseScope } from '../../domain/api-access/permissions.js';
import { calendarDateFromIso, londonCalendarDate } from '../../domain/shared/london-time.js';
import type { ActionStatus } from '../../domain/action/status.js';
import type { Stores } from '../../store/stores.js';
import { notFound, readParameters, refused, type ApiAnswer } from './api-answer.js';
import { readPage, type PageBounds } from './api-pages.js';
import {
  actionPageSchema,
  actionQuerySchema,
  apiActionSchema,
  apiChallengeDaySchema,
  apiReportSchema,
  challengeDayPageSchema,
  districtListSchema,
  listQuerySchema,
  noQuerySchema,
  reportPageSchema,
} from './api-schemas.js';
import { performanceEndpoint } from './api-performance-endpoint.js';
import { themeCountsEndpoint, themeListEndpoint } from './api-theme-endpoints.js';
import { actionView, challengeDayView, districtView, reportView } from './api-views.js';

export interface ApiCall {
  readonly client: ApiClient;
  readonly query: unknown;
  /** The record's id, for an endpoint of one record. */
  readonly id?: string;
}

export type ApiEndpoint = (call: ApiCall) => Promise<ApiAnswer>;

export interface ApiEndpointDeps {
  readonly stores: Stores;
  readonly now: () => Date;
}

/** An endpoint open to clients with `scope` only: anyone else is refused before anything is read. */
function needing(scope: ApiScope, endpoint: ApiEndpoint): ApiEndpoint {
  return async (call) => {
    const allowed = mayUseScope(call.client, scope);
    return allowed.ok ? endpoint(call) : refused(403, allowed.error.userMessage);
  };
}

/** One record of a district: 404 when there is none, 403 when the client may not read its district. */
function oneOf<T extends { districtId: string }>(
  what: string,
  record: T | null,
  client: ApiClient,
  answer: (record: T) => Promise<ApiAnswer>,
): Promise<ApiAnswer> {
  if (!record) return Promise.resolve(notFound(what));
  const allowed = mayReadDistrict(client, record.districtId);
  return allowed.ok ? answer(record) : Promise.resolve(refused(403, allowed.error.userMessage));
}

/**
 * The read API's endpoints by path (below /api/v1). Each checks the client's scope, then its parameters, then
 * its districts, and answers with records as the API shows them (api-views.ts).
 */
export function apiEndpoints({ stores, now }: ApiEndpointDeps): Record<string, ApiEndpoint> {
  const reportFigures = async (report: Parameters<typeof reportView>[0]) =>
    reportView(report, await stores.caseFindings.forChallengeDay(report.challengeDayId));
  const actionViews = async (actions: readonly Action[]) => {
    const owners = await stores.people.findByIds(new Set(actions.map((action) => action.ownerId)));
    const names = new Map(owners.map((person) => [person._id, person.displayName]));
    const today = londonCalendarDate(now());
    return actions.map((action) => actionView(action, names.get(action.ownerId) ?? null, today));
  };

  /** A list that takes only a district and paging. */
  const listOf =
    <T extends { _id: string }>(
      read: (bounds: PageBounds) => Promise<T[]>,
      present: (records: T[]) => Promise<unknown[]>,
      schema: z.ZodType,
    ): ApiEndpoint =>
    async ({ client, query }) => {
      const asked = readParameters(listQuerySchema, query);
      if ('answer' in asked) return asked.answer;
      return readPage(client, asked.value, now(), read, present, schema);
    };

  return {
    '/challenge-days': needing(
      'read:challenge-days',
      listOf(
        (bounds) => stores.challengeDays.pageForApi(bounds.districtIds, bounds.position, bounds.limit),
        async (days) => days.map(challengeDayView),
        challengeDayPageSchema,
      ),
    ),
    '/challenge-days/:id': needing('read:challenge-days', async ({ client, id }) =>
      oneOf('Challenge Day', await stores.challengeDays.findById(id ?? ''), client, async (day) => ({
        status: 200,
        schema: apiChallengeDaySchema,
        body: challengeDayView(day),
      })),
    ),
    '/reports': needing(
      'read:reports',
      listOf(
        (bounds) => stores.reports.verifiedPageForApi(bounds.districtIds, bounds.position, bounds.limit),
        (reports) => Promise.all(reports.map(reportFigures)),
        reportPageSchema,
      ),
    ),
    '/reports/:id': needing('read:reports', async ({ client, id }) => {
      const report = await stores.reports.findById(id ?? '');
      // A report not yet verified is not the API's to show: as if there were none.
      return oneOf('verified report', report?.status === 'approved' ? report : null, client, async (verified) => ({
        status: 200,
        schema: apiReportSchema,
        body: await reportFigures(verified),
      }));
    }),
    '/actions': needing('read:actions', async ({ client, query }) => {
      const asked = readParameters(actionQuerySchema, query);
      if ('answer' in asked) return asked.answer;
      const { status, owner, overdue, dueBefore, dueAfter, updatedSince } = asked.value;
      const filter: Omit<ApiActionFilter, 'districtIds'> = {
        ...(status ? { statuses: [...new Set(status.split(','))] as ActionStatus[] } : {}),
        ...(owner ? { ownerId: owner } : {}),
        ...(overdue ? { overdue: { is: overdue === 'true', today: londonCalendarDate(now()) } } : {}),
        ...(dueBefore ? { dueBefore: calendarDateFromIso(dueBefore) } : {}),
        ...(dueAfter ? { dueAfter: calendarDateFromIso(dueAfter) } : {}),
        ...(updatedSince ? { updatedSince: new Date(updatedSince) } : {}),
      };
      return readPage(
        client,
        asked.value,
        now(),
        (bounds) =>
          stores.actions.pageForApi(
            { ...filter, ...(bounds.districtIds ? { districtIds: bounds.districtIds } : {}) },
            bounds.position,
            bounds.limit,
          ),
        actionViews,
        actionPageSchema,
      );
    }),
    '/actions/:id': needing('read:actions', async ({ client, id }) =>
      oneOf('action', await stores.actions.findById(id ?? ''), client, async (action) => ({
        status: 200,
        schema: apiActionSchema,
        body: (await actionViews([action]))[0],
      })),
    ),
    '/districts': needing('read:districts', async ({ client, query }) => {
      const asked = readParameters(noQuerySchema, query);
      if ('answer' in asked) return asked.answer;
      const districts = (await stores.districts.all()).filter((district) => mayReadDistrict(client, district._id).ok);
      return {
        status: 200,
        schema: districtListSchema,
        body: { data: districts.map(districtView) },
        records: districts.length,
      };
    }),
    '/performance': needing('read:performance', performanceEndpoint(stores, now)),
    '/themes': needing('read:themes', themeListEndpoint(stores)),
    '/themes/counts': needing('read:themes', themeCountsEndpoint(stores, now)),
  };
}
