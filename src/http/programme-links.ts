import { linkSignature, signatureMatches } from './link-signature.js';
import { CHART_LINK_DAYS } from './figure-links.js';

/** What a programme picture's link says; every part may have been changed by whoever holds it. */
export interface ProgrammeLinkParts {
  readonly year: string | undefined;
  readonly expires: string | undefined;
  readonly signature: string | undefined;
}

/**
 * Signed links to the calendar picture of a year's programme, with the secret report links use. The chat client
 * fetches the picture without anyone's identity, so the link is signed and expires after a week, like a chart's;
 * the picture holds only dates and district names.
 */
export class ProgrammeLinks {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string,
  ) {}

  /** The picture of `year`'s programme, working for a week from `now`. */
  pictureUrl(year: number, now: Date): string {
    const expires = String(Math.floor(now.getTime() / 1000) + CHART_LINK_DAYS * 86_400);
    const url = new URL(`/charts/programme-${year}.png`, this.baseUrl);
    url.searchParams.set('year', String(year));
    url.searchParams.set('expires', expires);
    url.searchParams.set('signature', this.signature(String(year), expires));
    return url.toString();
  }

  /** The year a picture link is for, when it is ours, unchanged and not expired; null otherwise. */
  readPicture(link: ProgrammeLinkParts, now: Date): number | null {
    const { year, expires, signature } = link;
    if (!year || !expires || !signature || !/^20\d{2}$/.test(year) || !/^\d{1,12}$/.test(expires)) return null;
    if (!signatureMatches(this.signature(year, expires), signature)) return null;
    if (Number(expires) * 1000 <= now.getTime()) return null;
    return Number(year);
  }

  private signature(year: string, expires: string): string {
    return linkSignature(this.secret, 'programme-picture', [year, expires]);
  }
}
