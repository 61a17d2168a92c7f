import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';

const REPORT_COMMAND =
  /^\s*(?:please\s+)?(?:draft|submit|write|prepare|send)\s+(?:the\s+|a\s+)?(?:challenge\s+day\s+)?report\b(.*)$/i;

/** "draft the report for High Peak": the QA manager asks for the day's report to be drafted and submitted. */
export function readReportCommand(text: string, districts: readonly District[]): { districtId?: string } | null {
  const match = REPORT_COMMAND.exec(text.split(/\r?\n/)[0] ?? '');
  if (!match) return null;
  const words = (match[1] ?? '')
    .replace(/\b(?:for|in|the|district|and\s+submit\s+it|for\s+verification)\b/gi, ' ')
    .trim()
    .toLowerCase();
  const district = words ? findDistrict(words, districts) : ({ kind: 'none' } as const);
  return district.kind === 'found' ? { districtId: district.district._id } : {};
}
