import { linkSignature, signatureMatches } from './link-signature.js';

/** How long a report link works once the bot has given it to someone. */
export const REPORT_LINK_MINUTES = 60;

/** A report's two files: the page, and the same report as a PDF. */
export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a link's query says; every part may have been changed by whoever holds it. */
export interface ReportLinkParts {
  readonly reportId: string;
  readonly personId: string | undefined;
  readonly expires: string | undefined;
  readonly signature: string | undefined;
}

/** Why a link does not open: told to nobody (they see one sentence), recorded in the audit trail. */
export type ReportLinkProblem = 'incomplete' | 'bad_signature' | 'expired';

/**
 * Signed links to a report's page, each for one person and for one hour. The signature covers the report,
 * the person and the expiry, so changing any of them — another report, another person's id, a later
 * expiry — makes the link refuse; the page then checks that this person may still see the report. The page
 * and the PDF share one signature: they show the same report to the same person, and one browser claims both.
 */
export class ReportLinks {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string,
  ) {}

  /** Links to the report's page and to its PDF for this person, and when they stop working. */
  linkFor(reportId: string, personId: string, now: Date): { url: string; pdfUrl: string; expiresAt: Date } {
    const expires = Math.floor(now.getTime() / 1000) + REPORT_LINK_MINUTES * 60;
    const query = reportLinkQuery({ personId, expires, signature: this.signature(reportId, personId, expires) });
    const urlOf = (format: ReportFormat) =>
      new URL(`/reports/${reportFileName(reportId, format)}?${query}`, this.baseUrl).toString();
    return { url: urlOf('html'), pdfUrl: urlOf('pdf'), expiresAt: new Date(expires * 1000) };
  }

  /** Null when the link is ours, unchanged and not expired; otherwise what is wrong with it. */
  problemWith(link: ReportLinkParts, now: Date): ReportLinkProblem | null {
    const expiresAt = Number(link.expires);
    if (!link.personId || !link.signature || !Number.isInteger(expiresAt)) return 'incomplete';
    const expected = this.signature(link.reportId, link.personId, expiresAt);
    if (!signatureMatches(expected, link.signature)) return 'bad_signature';
    return expiresAt * 1000 <= now.getTime() ? 'expired' : null;
  }

  private signature(reportId: string, personId: string, expires: number): string {
    return linkSignature(this.secret, 'report-link', [reportId, personId, String(expires)]);
  }
}

/** The file a link names: "<report id>.html" or "<report id>.pdf", the id encoded for a path. */
export function reportFileName(reportId: string, format: ReportFormat): string {
  return `${encodeURIComponent(reportId)}.${format}`;
}

/** The query of a report link: the person, the expiry and the signature over them and the report. */
export function reportLinkQuery(link: { personId: string; expires: number | string; signature: string }): string {
  return new URLSearchParams({
    person: link.personId,
    expires: String(link.expires),
    signature: link.signature,
  }).toString();
}
