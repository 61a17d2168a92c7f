import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import { makeActionExport, type ActionExportPorts } from '../domain/action-export/export-actions.js';
import type { ActionExportFilter } from '../domain/action-export/export-filter.js';
import { linkRefusedEvent } from '../domain/audit/link-refused.js';
import { actorFor } from '../domain/people/actor.js';
import { isoFromCalendarDate, londonCalendarDate } from '../domain/shared/london-time.js';
import { actionPlanCsv } from '../export-files/action-plan-csv.js';
import { actionPlanXlsx } from '../export-files/action-plan-xlsx.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';
import { EXPORT_FORMATS, type ExportFormat } from '../domain/action-export/export-token.js';
import type { ExportLinks } from './export-links.js';
import { claimForThisBrowser } from './report-browser.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const REFUSED =
  'This link is not valid for you, or it has expired. Ask the Challenge Day bot for the export again to get a link of your own.';

/** Every answer: never cached, never told where it came from, never sniffed into something else. */
function privateDownload(response: Response): Response {
  return response.set({
    'cache-control': 'no-store',
    pragma: 'no-cache',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  });
}

const query = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** "action-plan-high-peak-overdue-2026-12-10.csv": what, where and when, in a name any system accepts. */
function fileName(filter: ActionExportFilter, districtName: string | undefined, format: ExportFormat, now: Date) {
  const words = ['action plan', districtName ?? 'all districts', filter.state === 'any' ? '' : filter.state];
  const slug = words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${isoFromCalendarDate(londonCalendarDate(now))}.${format}`;
}

/**
 * `GET /exports/action-plan.<csv|xlsx>?export=…&person=…&expires=…&signature=…`: the action plan the person
 * asked for, made now from the filter in their link, while it works and while they may export it, in the
 * browser that opened it first. Each download is recorded; anything else gets 403, holds nothing of the
 * plan, and the refusal is recorded.
 */
export function exportRoutes(deps: { stores: Stores; links: ExportLinks; now: () => Date; logger: Logger }): Router {
  const router = Router();
  const ports: ActionExportPorts = {
    searchActions: (search, page) => deps.stores.actions.searchActions(search, page),
    countActions: (search) => deps.stores.actions.countActions(search),
    peopleNames: async (ids) =>
      new Map((await deps.stores.people.findByIds(ids)).map((person) => [person._id, person.displayName])),
    districtNames: async () =>
      new Map((await deps.stores.districts.all()).map((district) => [district._id, district.name])),
    recordAudit: (event) => deps.stores.auditEvents.record(event),
  };
  router.get('/exports/:file', async (request, response) => {
    const now = deps.now();
    const openId = `open-${randomUUID()}`;
    const format = EXPORT_FORMATS.find((known) => request.params.file === `action-plan.${known}`);
    const link = {
      token: query(request.query.export),
      personId: query(request.query.person),
      expires: query(request.query.expires),
      signature: query(request.query.signature),
    };
    const read = deps.links.read(link, now);
    // The link itself is never logged: within its hour it gives the plan to whoever holds it.
    const refuse = async (why: string) => {
      deps.logger.info({ why }, 'export link refused');
      const exportId = 'token' in read ? read.token.exportId : read.namedExportId;
      const refused = { id: exportId, personId: link.personId, why, openId, now };
      await ports.recordAudit(linkRefusedEvent('action_export', refused, 'action plan export'));
      privateDownload(response).status(403).type('text/plain').send(REFUSED);
    };
    if (!format) return refuse('unknown_format');
    if ('problem' in read) return refuse(read.problem);
    const person = await deps.stores.people.findById(link.personId ?? '');
    if (!person || person.leftAt) return refuse('the person is not registered, or has left');
    // A link opens in one browser only: the first to open it. The same link from anywhere else is refused.
    const claimed = await claimForThisBrowser(
      deps.stores.reportLinkClaims,
      { request, response, path: '/exports/' },
      { exportId: read.token.exportId },
      { ...link, personId: person._id, now },
    );
    if (!claimed) return refuse('opened already in another browser');
    const { exportId, filter } = read.token;
    const made = await makeActionExport(ports, filter, { actor: actorFor(person), exportId, openId, format, now });
    if (!made.ok) return refuse('not_allowed');
    const district = filter.districtId ? await deps.stores.districts.findById(filter.districtId) : null;
    const body =
      format === 'csv' ? Buffer.from(actionPlanCsv(made.value), 'utf8') : await actionPlanXlsx(made.value, now);
    deps.logger.info({ exportId, format, rows: made.value.length }, 'export downloaded');
    privateDownload(response)
      .status(200)
      // attachment() sets a type from the file name, so the exact one is set after it.
      .attachment(fileName(filter, district?.name, format, now))
      .type(CONTENT_TYPES[format])
      .send(body);
  });
  return router;
}
