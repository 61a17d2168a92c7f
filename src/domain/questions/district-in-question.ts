import type { District } from '../districts/district.js';
import { leftoverWords, saidBack } from './leftover-words.js';
import { findDistrict } from './match-district.js';
import type { QuestionContext, UnclearQuestion } from './query.js';
import type { QuestionWords } from './question-words.js';
import { severalDistricts, unclear } from './unclear.js';

/** The district a question names (or none), or the answer saying what could not be read. */
export type DistrictOfQuestion = { readonly ok: true; readonly district?: District } | UnclearQuestion;

/**
 * Reads the district from what is left of a question and checks nothing else is left: a name that fits
 * several districts, or words not understood, get an answer offering the question as `phrase` writes it.
 */
export function districtInQuestion(
  words: QuestionWords,
  context: QuestionContext,
  phrase: (districtName?: string) => string,
): DistrictOfQuestion {
  const district = findDistrict(words.text, context.districts);
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts(phrase(), district),
      district.candidates.map((candidate) => phrase(candidate.name)),
    );
  }
  if (district.kind === 'found') district.matched.forEach((matched) => words.takeText(matched));
  const found = district.kind === 'found' ? district.district : undefined;
  const unknown = leftoverWords(words.text);
  if (unknown.length > 0) {
    return unclear(`I understood “${phrase(found?.name)}”, but not ${saidBack(unknown)}.`, [
      phrase(found?.name),
      phrase(found?.name ?? context.districts[0]?.name),
    ]);
  }
  return found ? { ok: true, district: found } : { ok: true };
}
