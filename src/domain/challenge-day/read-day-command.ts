import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';

const DAY_COMMAND =
  /^\s*(?:please\s+)?(cancel|change|edit|update|move)\s+(?:the\s+|a\s+|next\s+)*challenge\s*day\b(.*)$/i;

export interface DayCommand {
  readonly command: 'cancel' | 'edit';
  readonly districtId?: string;
}

/** "cancel the Challenge Day for Chesterfield", "change the Challenge Day for Erewash". Null otherwise. */
export function readDayCommand(text: string, districts: readonly District[]): DayCommand | null {
  const match = DAY_COMMAND.exec(text.split(/\r?\n/)[0] ?? '');
  if (!match) return null;
  const command = match[1]?.toLowerCase() === 'cancel' ? 'cancel' : 'edit';
  const words = (match[2] ?? '')
    .replace(/\b(?:for|in|the|district)\b/gi, ' ')
    .trim()
    .toLowerCase();
  const district = words ? findDistrict(words, districts) : ({ kind: 'none' } as const);
  return { command, ...(district.kind === 'found' ? { districtId: district.district._id } : {}) };
}
