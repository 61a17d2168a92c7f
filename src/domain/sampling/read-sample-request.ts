import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';

export interface SampleCommand {
  readonly districtId?: string;
  readonly size: number;
  readonly excludeAuditedWithinMonths: number;
  readonly seed?: string;
  /** The lines after the first (the first left blank): the district's cases, "reference, team" per line. */
  readonly caseList: string;
}

const FIRST_LINE = /^\s*(?:please\s+)?(?:draw|pick|select|choose)\s+(?:the\s+|a\s+)?(?:case\s+)?sample\b(.*)$/i;
export const DEFAULT_SAMPLE_SIZE = 8;
export const DEFAULT_EXCLUSION_MONTHS = 6;

/**
 * "draw sample of 10 for Chesterfield excluding 6 months seed dec-2026" on the first line, the cases pasted
 * on the lines below. Null when the message is not a sample request.
 */
export function readSampleCommand(text: string, districts: readonly District[]): SampleCommand | null {
  const [first = '', ...rest] = text.split(/\r?\n/);
  const match = FIRST_LINE.exec(first);
  if (!match) return null;
  let words = match[1] ?? '';
  const take = (pattern: RegExp): string | undefined => {
    const found = pattern.exec(words);
    if (!found) return undefined;
    words = words.replace(found[0], ' ');
    return found[1];
  };
  const seed = take(/\bseed\s+(\S+)/i);
  const months = take(/\b(?:excluding|exclude|not audited in(?: the last)?)\s+(\d{1,2})\s+months?\b/i);
  const size = take(/\b(?:of|size)\s+(\d{1,3})\b/i) ?? take(/\b(\d{1,3})\s+cases?\b/i);
  const district = findDistrict(
    words
      .replace(/\b(?:for|in|the|district|cases?)\b/gi, ' ')
      .trim()
      .toLowerCase(),
    districts,
  );
  return {
    ...(district.kind === 'found' ? { districtId: district.district._id } : {}),
    size: size ? Number(size) : DEFAULT_SAMPLE_SIZE,
    excludeAuditedWithinMonths: months ? Number(months) : DEFAULT_EXCLUSION_MONTHS,
    ...(seed ? { seed } : {}),
    // Kept one line down, so a problem is reported with the line number the person sees in their message.
    caseList: ['', ...rest].join('\n'),
  };
}
