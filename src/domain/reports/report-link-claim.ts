import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';

/**
 * The first browser to open a report link, kept so that nobody else can open it again: a link is for one
 * person, and once it has opened in their browser, the same link from anywhere else (forwarded, copied
 * from a history) is refused. Only hashes are kept: neither the link's signature nor the browser's cookie.
 */
export const reportLinkClaimSchema = z.strictObject({
  /** The hash of the link's signature. */
  _id: z.string().regex(/^[0-9a-f]{64}$/),
  /** The hash of the cookie the page gave the browser that opened it first. */
  browser: z.string().regex(/^[0-9a-f]{64}$/),
  /** What the link opens: a report's page, or an action plan export (one of the two). */
  reportId: entityId.optional(),
  exportId: entityId.optional(),
  personId: entityId,
  claimedAt: z.date(),
  /** When the link stops working anyway; the claim means nothing after it. */
  expiresAt: z.date(),
});
export type ReportLinkClaim = z.infer<typeof reportLinkClaimSchema>;

/** Whether this browser may open the link: the first to open it, the same one again, or another one. */
export type ReportLinkClaimed = 'first' | 'same_browser' | 'another_browser';
