import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { ReportLinkClaimRepository } from '../store/report-link-claims.js';

/** The cookie that marks the browser a report link was first opened in. */
const COOKIE = 'report_browser';
const VALUE = /^[0-9a-f]{64}$/;

/** The browser's mark from its cookie, or a new one for a browser that has none yet. */
export function browserMarkOf(request: Request): { mark: string; isNew: boolean } {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, value = ''] = part.trim().split('=');
    if (name === COOKIE && VALUE.test(value)) return { mark: value, isNew: false };
  }
  return { mark: randomBytes(32).toString('hex'), isNew: true };
}

/**
 * Gives the browser its mark: sent back only to the pages under `path` (the report pages, or the exports),
 * never readable by a script, never sent from another site, and gone when the link it opened expires.
 */
export function giveBrowserMark(
  response: Response,
  request: Request,
  mark: string,
  until: Date,
  path: '/reports/' | '/exports/' = '/reports/',
): void {
  response.cookie(COOKIE, mark, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path,
    expires: until,
  });
}

/** Only hashes are stored, so the stored claims could not be used to open anything. */
export function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** What a person-bound link opens, under which path its browser mark is sent back. */
export type ClaimedLink = { readonly reportId: string } | { readonly exportId: string };

/** A signed link's own parts, as its query string gave them (already checked against the signature). */
export interface SignedLinkParts {
  readonly signature?: string;
  /** Seconds since the epoch. */
  readonly expires?: string;
}

/**
 * A link opens in one browser only: the first to open it. Claims the link for this browser (marking a
 * browser that has no mark yet) for the person it was given to; false when another browser opened it first,
 * so it must be refused.
 */
export async function claimForThisBrowser(
  claims: ReportLinkClaimRepository,
  exchange: { request: Request; response: Response; path: '/reports/' | '/exports/' },
  opens: ClaimedLink,
  link: SignedLinkParts & { personId: string; now: Date },
): Promise<boolean> {
  const browser = browserMarkOf(exchange.request);
  const expiresAt = new Date(Number(link.expires) * 1000);
  const result = await claims.claim({
    ...opens,
    personId: link.personId,
    expiresAt,
    _id: hashOf(link.signature ?? ''),
    browser: hashOf(browser.mark),
    claimedAt: link.now,
  });
  if (result === 'another_browser') return false;
  if (browser.isNew) giveBrowserMark(exchange.response, exchange.request, browser.mark, expiresAt, exchange.path);
  return true;
}
