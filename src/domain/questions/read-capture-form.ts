import { findDistrict } from './match-district.js';
import type { OpenCaptureFormCommand, ParsedQuestion } from './query.js';
import type { QuestionReader } from './read-commands.js';
import { severalDistricts, unclear } from './unclear.js';

const FORMS: readonly [RegExp, OpenCaptureFormCommand['form'], string][] = [
  [
    /\b(?:case findings?|findings? (?:card|form)|record (?:a )?findings?|audit (?:a )?case|new findings?)\b/,
    'case-finding',
    'case finding',
  ],
  [/\bfocus[- ]group(?: feedback| notes| form)?\b/, 'focus-group', 'focus group feedback'],
  [/\b(?:observed visits?|visit notes)\b/, 'observed-visit', 'observed visit'],
];

/**
 * "case finding for Chesterfield", "focus group feedback", "observed visit notes": opens that form for the
 * district's Challenge Day under way (or the asker's, when no district is named).
 */
export const readCaptureForm: QuestionReader = (message, context): ParsedQuestion | null => {
  const match = FORMS.find(([pattern]) => pattern.test(message.words));
  if (!match) return null;
  const [pattern, form, label] = match;
  const rest = message.words
    .replace(pattern, ' ')
    .replace(/\b(?:open|new|a|the|for|in|please|form|card|record)\b/g, ' ')
    .trim();
  const district = rest ? findDistrict(rest, context.districts) : ({ kind: 'none' } as const);
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts(label, district),
      district.candidates.map((candidate) => `${label} for ${candidate.name}`),
    );
  }
  return {
    kind: 'open_capture_form',
    form,
    ...(district.kind === 'found' ? { districtId: district.district._id } : {}),
  };
};
