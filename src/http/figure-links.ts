import { figuresTokenSchema, type FiguresToken } from '../domain/performance/figures-token.js';
import type { FigureCardLinks } from '../figures/figure-card-links.js';
import type { FigureChart } from '../figures/figure-charts.js';
import { linkSignature, signatureMatches } from './link-signature.js';
import { REPORT_LINK_MINUTES, type ReportLinkProblem } from './report-links.js';

/**
 * How long a chart image's link works. The chat client fetches the image when it shows the card, which may be
 * when someone scrolls back to it days later; a week keeps last week's answers readable. The image holds only
 * aggregate figures, and the link only which districts and period.
 */
export const CHART_LINK_DAYS = 7;

/** What a figures link's query says; every part may have been changed by whoever holds it. */
export interface FigureLinkParts {
  readonly figures: string | undefined;
  readonly expires: string | undefined;
  readonly signature: string | undefined;
  /** Only the spreadsheet's link is bound to a person. */
  readonly personId?: string | undefined;
}

export type FigureLinkRead =
  { token: FiguresToken } | { problem: ReportLinkProblem; namedFiguresId: string | undefined };

/**
 * Signed links to performance figures, with the secret report links use. A chart image's link is for the chat
 * client, which fetches it without anyone's identity: unguessable, signed and expiring. The spreadsheet's link
 * is bound to the person who asked, for an hour, as an action plan export is.
 */
export class FigureLinks {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string,
  ) {}

  /** The links a figures card carries: each chart's image, the person's spreadsheet, and when they stop working. */
  linksFor(token: FiguresToken, charts: readonly FigureChart[], personId: string, now: Date): FigureCardLinks {
    const spreadsheet = this.spreadsheetLink(token, personId, now);
    const chartsExpireAt = new Date((Math.floor(now.getTime() / 1000) + CHART_LINK_DAYS * 86_400) * 1000);
    return {
      charts: this.chartUrls(token, charts, chartsExpireAt),
      xlsxUrl: spreadsheet.url,
      expiresAt: spreadsheet.expiresAt,
      chartsExpireAt,
    };
  }

  /** Each chart's image URL, working until `expiresAt`. */
  chartUrls(
    token: FiguresToken,
    charts: readonly FigureChart[],
    expiresAt: Date,
  ): Partial<Record<FigureChart, string>> {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    const encoded = encode(token);
    const urls: Partial<Record<FigureChart, string>> = {};
    for (const chart of charts) {
      const url = new URL(`/charts/figures-${chart}.png`, this.baseUrl);
      url.searchParams.set('figures', encoded);
      url.searchParams.set('expires', String(expires));
      url.searchParams.set('signature', this.signature('figure-chart', [encoded, String(expires)]));
      urls[chart] = url.toString();
    }
    return urls;
  }

  /** The person's own link to the figures as a spreadsheet, and when it stops working. */
  spreadsheetLink(token: FiguresToken, personId: string, now: Date): { url: string; expiresAt: Date } {
    const expires = Math.floor(now.getTime() / 1000) + REPORT_LINK_MINUTES * 60;
    const encoded = encode(token);
    const url = new URL('/exports/figures/performance-figures.xlsx', this.baseUrl);
    url.searchParams.set('figures', encoded);
    url.searchParams.set('person', personId);
    url.searchParams.set('expires', String(expires));
    url.searchParams.set('signature', this.signature('figure-export', [encoded, personId, String(expires)]));
    return { url: url.toString(), expiresAt: new Date(expires * 1000) };
  }

  /** The figures a chart link is for, when it is ours, unchanged and not expired. */
  readChart(link: FigureLinkParts, now: Date): FigureLinkRead {
    return this.read(link, now, (encoded, expires) => this.signature('figure-chart', [encoded, expires]));
  }

  /** The figures a spreadsheet link is for, when it is ours, for the person it names, unchanged and not expired. */
  readSpreadsheet(link: FigureLinkParts, now: Date): FigureLinkRead {
    if (!link.personId) return { problem: 'incomplete', namedFiguresId: undefined };
    const personId = link.personId;
    return this.read(link, now, (encoded, expires) => this.signature('figure-export', [encoded, personId, expires]));
  }

  private read(
    link: FigureLinkParts,
    now: Date,
    expectedSignature: (encoded: string, expires: string) => string,
  ): FigureLinkRead {
    const named = figuresTokenSchema.safeParse(
      parseJson(Buffer.from(link.figures ?? '', 'base64url').toString('utf8')),
    );
    const namedFiguresId = named.success ? named.data.figuresId : undefined;
    const expiresAt = Number(link.expires);
    if (!link.figures || !link.signature || !link.expires || !Number.isInteger(expiresAt)) {
      return { problem: 'incomplete', namedFiguresId };
    }
    if (!signatureMatches(expectedSignature(link.figures, link.expires), link.signature)) {
      return { problem: 'bad_signature', namedFiguresId };
    }
    if (expiresAt * 1000 <= now.getTime()) return { problem: 'expired', namedFiguresId };
    return named.success ? { token: named.data } : { problem: 'incomplete', namedFiguresId };
  }

  private signature(kind: string, parts: readonly string[]): string {
    return linkSignature(this.secret, kind, parts);
  }
}

function encode(token: FiguresToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
