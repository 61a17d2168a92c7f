import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';

const CANCEL = /^\s*(?:<at>[^<]*<\/at>\s*)?(?:please\s+)?cancel\s+(?:the\s+|a\s+|next\s+)*challenge\s*day\b(.*)$/i;

/** "cancel the Challenge Day for Chesterfield". Null when the message is not a cancellation. */
export function readCancelCommand(text: string, districts: readonly District[]): { districtId?: string } | null {
  const match = CANCEL.exec(text.split(/\r?\n/)[0] ?? '');
  if (!match) return null;
  const words = (match[1] ?? '')
    .replace(/\b(?:for|in|the|district)\b/gi, ' ')
    .trim()
    .toLowerCase();
  const district = words ? findDistrict(words, districts) : ({ kind: 'none' } as const);
  return district.kind === 'found' ? { districtId: district.district._id } : {};
}
