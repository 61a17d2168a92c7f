import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import { linkRefusedEvent } from '../domain/audit/link-refused.js';
import { actorFor } from '../domain/people/actor.js';
import { figuresDownloadedEvent } from '../domain/performance/figures-audit.js';
import { figuresTitle } from '../domain/performance/figures-heading.js';
import type { FiguresToken } from '../domain/performance/figures-token.js';
import type { PerformanceFigures } from '../domain/performance/performance-figures.js';
import { districtsInFigures, mayAskFigures } from '../domain/performance/permissions.js';
import { isoFromCalendarDate, londonCalendarDate } from '../domain/shared/london-time.js';
import { performanceFiguresXlsx } from '../export-files/performance-figures-xlsx.js';
import { FIGURE_CHARTS, renderFigureChart } from '../figures/figure-charts.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';
import type { FigureLinks } from './figure-links.js';
import { claimForThisBrowser } from './report-browser.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const REFUSED_CHART =
  'This chart’s link is not valid, or it has expired. Ask the Challenge Day bot for the figures again.';
const REFUSED_EXPORT =
  'This link is not valid for you, or it has expired. Ask the Challenge Day bot for the figures again to get a link of your own.';

const query = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Never told where it came from, never sniffed into something else, never framed. */
function guarded(response: Response): Response {
  return response.set({
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  });
}

/**
 * `GET /charts/figures-<chart>.png?figures=…&expires=…&signature=…`: a chart of performance figures, drawn when
 * the chat client fetches it, for as long as its link works. `GET /exports/figures/performance-figures.xlsx?…&person=…`:
 * the same figures as a spreadsheet, for the person who asked, while they may still see those districts, in the
 * browser that opened it first; each download is recorded. Anything else gets 403 and holds no figures.
 */
export function figureRoutes(deps: {
  stores: Stores;
  links: FigureLinks;
  figuresFor: (token: FiguresToken) => Promise<PerformanceFigures>;
  now: () => Date;
  logger: Logger;
}): Router {
  const router = Router();
  router.get('/charts/:file', async (request, response) => {
    const chart = FIGURE_CHARTS.find((known) => request.params.file === `figures-${known}.png`);
    const read = deps.links.readChart(
      {
        figures: query(request.query.figures),
        expires: query(request.query.expires),
        signature: query(request.query.signature),
      },
      deps.now(),
    );
    if (!chart || 'problem' in read) {
      deps.logger.info({ why: chart ? (read as { problem: string }).problem : 'unknown_chart' }, 'chart link refused');
      return guarded(response).status(403).set('cache-control', 'no-store').type('text/plain').send(REFUSED_CHART);
    }
    const png = await renderFigureChart(await deps.figuresFor(read.token), chart);
    // Aggregate figures only; a short private cache spares a redraw each time the card scrolls into view.
    guarded(response).status(200).set('cache-control', 'private, max-age=300').type('image/png').send(png);
  });

  router.get('/exports/figures/performance-figures.xlsx', async (request, response) => {
    const now = deps.now();
    const openId = `open-${randomUUID()}`;
    const link = {
      figures: query(request.query.figures),
      personId: query(request.query.person),
      expires: query(request.query.expires),
      signature: query(request.query.signature),
    };
    const read = deps.links.readSpreadsheet(link, now);
    const refuse = async (why: string) => {
      deps.logger.info({ why }, 'figures export link refused');
      const figuresId = 'token' in read ? read.token.figuresId : read.namedFiguresId;
      const refused = { id: figuresId, personId: link.personId, why, openId, now };
      await deps.stores.auditEvents.record(linkRefusedEvent('figures_export', refused, 'performance figures export'));
      guarded(response).status(403).set('cache-control', 'no-store').type('text/plain').send(REFUSED_EXPORT);
    };
    if ('problem' in read) return refuse(read.problem);
    const person = await deps.stores.people.findById(link.personId ?? '');
    if (!person || person.leftAt) return refuse('the person is not registered, or has left');
    if (!(await stillAllowed(deps.stores, actorFor(person), read.token))) return refuse('not_allowed');
    const claimed = await claimForThisBrowser(
      deps.stores.reportLinkClaims,
      { request, response, path: '/exports/' },
      { exportId: read.token.figuresId },
      { ...link, personId: person._id, now },
    );
    if (!claimed) return refuse('opened already in another browser');
    const figures = await deps.figuresFor(read.token);
    const body = await performanceFiguresXlsx(figures, figuresTitle(figures));
    await deps.stores.auditEvents.record(
      figuresDownloadedEvent({ token: read.token, actorId: person._id, openId, now }),
    );
    const name = `${figuresTitle(figures)} ${read.token.period.firstMonth} ${read.token.period.unit}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    guarded(response)
      .status(200)
      .set({ 'cache-control': 'no-store', pragma: 'no-cache' })
      .attachment(`${name}-${isoFromCalendarDate(londonCalendarDate(now))}.xlsx`)
      .type(XLSX)
      .send(body);
  });
  return router;
}

/** Whether the person may still see every district the figures cover: roles and districts change. */
async function stillAllowed(stores: Stores, actor: ReturnType<typeof actorFor>, token: FiguresToken): Promise<boolean> {
  if (!mayAskFigures(actor, token.scope).ok) return false;
  const visible = new Set(districtsInFigures(actor, await stores.districts.all()).map((district) => district._id));
  return token.districtIds.every((id) => visible.has(id));
}
