import { Router } from 'express';
import type { Stores } from '../store/stores.js';
import { reportHtml } from '../interactions/present/report-html.js';
import type { ReportLinks } from './report-links.js';

/**
 * `GET /reports/<id>.html?expires=…&signature=…`: the report as one HTML page, for a signed link that has
 * not expired. Anything else gets 403 and a sentence saying how to get a new link.
 */
export function reportRoutes(deps: { stores: Stores; links: ReportLinks; now: () => Date }): Router {
  const router = Router();
  router.get('/reports/:file', async (request, response) => {
    const reportId = /^(.+)\.html$/.exec(request.params.file)?.[1] ?? '';
    const { expires, signature } = request.query;
    if (
      !deps.links.isValid(
        reportId,
        typeof expires === 'string' ? expires : undefined,
        typeof signature === 'string' ? signature : undefined,
        deps.now(),
      )
    ) {
      response
        .status(403)
        .type('text/plain')
        .send(
          'This link has expired or is not valid. Ask the Challenge Day bot for the report again to get a new link.',
        );
      return;
    }
    const report = await deps.stores.reports.findById(reportId);
    const html = report ? await reportHtml(deps.stores, report) : null;
    if (!html) {
      response.status(404).type('text/plain').send('That report was not found.');
      return;
    }
    response.status(200).set('cache-control', 'private, no-store').type('text/html').send(html);
  });
  return router;
}
