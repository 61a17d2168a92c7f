import type { QuestionReader } from './read-commands.js';

/** Districts, or "where", asked about. */
const DISTRICTS = /\b(?:districts?|localities|where)\b/;
/** Being behind: overdue, due, late, behind, or not had one lately. */
const BEHIND =
  /\b(?:overdue|due|late|behind|missed|(?:not|never|\w+n't)\s+(?:had|held|been)|(?:no|without)\s+(?:a\s+)?challenge\s+days?\s+(?:in|for|since))\b/;
const CHALLENGE_DAY = /\bchallenge\s*days?\b/;

/**
 * "which districts are overdue for a Challenge Day?", "districts due a Challenge Day", "which districts haven't
 * had a Challenge Day", "any districts behind on Challenge Days": the districts behind the year's programme. It
 * must name districts (or ask where), being behind, and Challenge Days, so "overdue actions" and "when
 * is the next Challenge Day" are left to their own readers.
 */
export const readOverdueDistrictsQuestion: QuestionReader = (message) => {
  const words = message.words;
  if (!CHALLENGE_DAY.test(words) || !BEHIND.test(words) || !DISTRICTS.test(words)) return null;
  // "when is the next Challenge Day due in Erewash" asks about one day, not which districts are behind.
  if (/\b(?:when|next|last)\b/.test(words)) return null;
  if (/\bactions?\b/.test(words)) return null;
  return { kind: 'overdue_districts' };
};
