import { exportTokenSchema, type ExportFormat, type ExportToken } from '../domain/action-export/export-token.js';
import { linkSignature, signatureMatches } from './link-signature.js';
import { REPORT_LINK_MINUTES, type ReportLinkProblem } from './report-links.js';

/** What an export link's query says; every part may have been changed by whoever holds it. */
export interface ExportLinkParts {
  readonly token: string | undefined;
  readonly personId: string | undefined;
  readonly expires: string | undefined;
  readonly signature: string | undefined;
}

/**
 * Signed links to an action plan export, made as report links are (report-links.ts): for one person, for
 * one hour, with the same secret. The filter travels in the link, covered by the signature, so the file is
 * made when the link is opened and no other district, owner or status can be swapped in.
 */
export class ExportLinks {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string,
  ) {}

  /** The person's links to this export, one per format, and when they stop working. */
  linksFor(token: ExportToken, personId: string, now: Date): { urls: Record<ExportFormat, string>; expiresAt: Date } {
    const expires = Math.floor(now.getTime() / 1000) + REPORT_LINK_MINUTES * 60;
    const encoded = Buffer.from(JSON.stringify(token)).toString('base64url');
    const urlFor = (format: ExportFormat) => {
      const url = new URL(`/exports/action-plan.${format}`, this.baseUrl);
      url.searchParams.set('export', encoded);
      url.searchParams.set('person', personId);
      url.searchParams.set('expires', String(expires));
      url.searchParams.set('signature', this.signature(encoded, personId, expires));
      return url.toString();
    };
    return { urls: { csv: urlFor('csv'), xlsx: urlFor('xlsx') }, expiresAt: new Date(expires * 1000) };
  }

  /**
   * The export the link is for, when it is ours, unchanged and not expired; otherwise what is wrong with it,
   * and the export the link names (unverified: only for the audit trail of a refusal).
   */
  read(
    link: ExportLinkParts,
    now: Date,
  ): { token: ExportToken } | { problem: ReportLinkProblem; namedExportId: string | undefined } {
    const named = exportTokenSchema.safeParse(parseJson(Buffer.from(link.token ?? '', 'base64url').toString('utf8')));
    const namedExportId = named.success ? named.data.exportId : undefined;
    const expiresAt = Number(link.expires);
    if (!link.token || !link.personId || !link.signature || !Number.isInteger(expiresAt)) {
      return { problem: 'incomplete', namedExportId };
    }
    const expected = this.signature(link.token, link.personId, expiresAt);
    if (!signatureMatches(expected, link.signature)) return { problem: 'bad_signature', namedExportId };
    if (expiresAt * 1000 <= now.getTime()) return { problem: 'expired', namedExportId };
    return named.success ? { token: named.data } : { problem: 'incomplete', namedExportId };
  }

  private signature(token: string, personId: string, expires: number): string {
    return linkSignature(this.secret, 'export-link', [token, personId, String(expires)]);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
