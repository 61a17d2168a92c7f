import { createHash, randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import { actorFor } from '../domain/people/actor.js';
import { openReport, recordReportLinkRefused, type ReportAccessPorts } from '../domain/reports/report-access.js';
import type { Stores } from '../store/stores.js';
import { REPORT_PAGE_STYLE, reportHtml } from '../interactions/present/report-html.js';
import { reportView } from '../interactions/present/report-view.js';
import { reportPdf, reportPdfFileName } from '../export-files/report-pdf.js';
import type { Logger } from '../logger.js';
import { claimForThisBrowser } from './report-browser.js';
import { REPORT_FORMATS, reportFileName, reportLinkQuery, type ReportLinks } from './report-links.js';

/**
 * The page has no scripts, images, fonts, frames or forms, and one inline style: the policy allows that style
 * by its hash and nothing else, so nothing injected into it could run or load.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(REPORT_PAGE_STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Every answer of the page: never cached, never told where it came from, nothing loaded from elsewhere. */
function privatePage(response: Response): Response {
  return response.set({
    'cache-control': 'no-store',
    pragma: 'no-cache',
    'referrer-policy': 'no-referrer',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
}

const REFUSED =
  'This link is not valid for you, or it has expired. Press "Open the report" on the report card in your chat with the Challenge Day bot to get a link of your own.';

const query = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * `GET /reports/<id>.html?person=…&expires=…&signature=…`: the report as one HTML page, for the person the
 * link was made for, while it works and while they may see the report, in the browser that opened it first.
 * `GET /reports/<id>.pdf?…` (the same query) is the same report as a PDF download, under the same rules.
 * Each open is recorded; anything else gets 403, shows nothing of the report, and the refusal is recorded.
 */
export function reportRoutes(deps: { stores: Stores; links: ReportLinks; now: () => Date; logger: Logger }): Router {
  const router = Router();
  const ports: ReportAccessPorts = {
    findReport: (id) => deps.stores.reports.findById(id),
    findDay: (id) => deps.stores.challengeDays.findById(id),
    recordAudit: (event) => deps.stores.auditEvents.record(event),
    caseReferencesOfDay: async (dayId) =>
      (await deps.stores.caseFindings.forChallengeDay(dayId)).map((finding) => finding.caseReference),
  };
  router.get('/reports/:file', async (request, response) => {
    const now = deps.now();
    const openId = `open-${randomUUID()}`;
    const named = /^(.+)\.([a-z]+)$/.exec(request.params.file);
    const format = REPORT_FORMATS.find((known) => known === named?.[2]);
    const link = {
      // A file of any other kind names no report, so its link is refused as incomplete.
      reportId: (format && named?.[1]) || '',
      personId: query(request.query.person),
      expires: query(request.query.expires),
      signature: query(request.query.signature),
    };
    // The link itself is never logged: within its hour it opens the report for whoever holds it.
    const refuse = async (why: string) => {
      deps.logger.info({ reportId: link.reportId.slice(0, 128), why }, 'report link refused');
      await recordReportLinkRefused(ports, { reportId: link.reportId, personId: link.personId, why, openId, now });
      privatePage(response).status(403).type('text/plain').send(REFUSED);
    };
    const problem = deps.links.problemWith(link, now);
    if (problem) return refuse(problem);
    const person = await deps.stores.people.findById(link.personId ?? '');
    if (!person || person.leftAt) return refuse('the person is not registered, or has left');
    // A link opens in one browser only: the first to open it. The same link from anywhere else is refused.
    const claimed = await claimForThisBrowser(
      deps.stores.reportLinkClaims,
      { request, response, path: '/reports/' },
      { reportId: link.reportId },
      { ...link, personId: person._id, now },
    );
    if (!claimed) return refuse('opened already in another browser');
    const file = format === 'pdf' ? 'PDF' : 'page';
    const opened = await openReport(ports, link.reportId, { actor: actorFor(person), openId, now, file });
    if (!opened.ok) {
      deps.logger.info({ reportId: link.reportId, why: 'not_allowed' }, 'report link refused');
      privatePage(response).status(403).type('text/plain').send(REFUSED);
      return;
    }
    // One view for both files, made for this person: the PDF can show nothing the page would not.
    const view = await reportView(deps.stores, opened.value.report, opened.value);
    if (!view) return refuse('the report could not be shown');
    deps.logger.info(
      { reportId: link.reportId, format, withCaseSections: opened.value.withCaseSections },
      'report opened',
    );
    if (format === 'pdf') {
      privatePage(response)
        .status(200)
        // attachment() sets a type from the file name; the exact one is set after it.
        .attachment(reportPdfFileName(view))
        .type('application/pdf')
        .send(await reportPdf(view, now));
      return;
    }
    // The PDF link sits beside the page's own, relative to it, with the same person, expiry and signature.
    const pdfHref = `${reportFileName(link.reportId, 'pdf')}?${reportLinkQuery({
      personId: person._id,
      expires: link.expires ?? '',
      signature: link.signature ?? '',
    })}`;
    privatePage(response).status(200).type('text/html').send(reportHtml(view, pdfHref));
  });
  return router;
}
