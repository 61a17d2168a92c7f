import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a report download link works. */
export const REPORT_LINK_DAYS = 7;

/**
 * Signed, expiring links to a report's HTML page. Whoever has the link can open the page until it expires,
 * as with a shared document link; the signature stops anyone making a link to another report.
 */
export class ReportLinks {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string,
  ) {}

  linkTo(reportId: string, now: Date): string {
    const expires = Math.floor(now.getTime() / 1000) + REPORT_LINK_DAYS * 86_400;
    const url = new URL(`/reports/${encodeURIComponent(reportId)}.html`, this.baseUrl);
    url.searchParams.set('expires', String(expires));
    url.searchParams.set('signature', this.signature(reportId, expires));
    return url.toString();
  }

  /** True when the signature is ours for this report and the link has not expired. */
  isValid(reportId: string, expires: string | undefined, signature: string | undefined, now: Date): boolean {
    const expiresAt = Number(expires);
    if (!Number.isInteger(expiresAt) || expiresAt * 1000 < now.getTime() || !signature) return false;
    const expected = Buffer.from(this.signature(reportId, expiresAt));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private signature(reportId: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${reportId}\n${expires}`).digest('hex');
  }
}
