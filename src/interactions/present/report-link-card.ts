import type { ReportLinkData } from '../../cards/card-data.js';
import { displayDate, displayTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { ReportAccess } from '../../domain/reports/report-access.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';

/** The answer to "Open the report": the person's own links (the page and the PDF), when it stops working, and which version it shows. */
export async function reportLinkReply(
  stores: Stores,
  access: ReportAccess,
  link: { url: string; pdfUrl: string; expiresAt: Date },
): Promise<Reply> {
  const district = await stores.districts.findById(access.report.districtId);
  const data: ReportLinkData = {
    title: `Challenge Day report: ${district?.name ?? access.report.districtId} and ${access.day.matLocality}, ${displayDate(access.day.date)}`,
    expiresLabel: displayTime(link.expiresAt),
    versionNote: access.withCaseSections
      ? ''
      : 'This version shows the counts, grades, themes and actions; the notes case by case are shown only to those who need to know the cases.',
    url: link.url,
    pdfUrl: link.pdfUrl,
  };
  return {
    card: renderCard('report-link', data),
    text: `Your link to the report, for you only, until ${data.expiresLabel}`,
    audience: 'person',
  };
}
