import { leftoverWords, saidBack } from './leftover-words.js';
import { findDistrict } from './match-district.js';
import { QuestionWords } from './question-words.js';
import type { QuestionReader } from './read-commands.js';
import { severalDistricts, unclear } from './unclear.js';

const NOT_REPLIED =
  /\b(?:(?:hasn't|hasnt|haven't|havent|has not|have not|not yet|yet to|not|didn't|didnt|did not|still to|no|never)\s+(?:yet\s+)?(?:replied|responded|answered|reply|replies|respond|answer|response|responses)(?:\s+yet)?|(?:outstanding|missing)\s+(?:notice\s+)?(?:replies|responses|answers)|(?:who|whom)\s+(?:do|should|must)\s+i\s+(?:need\s+to\s+)?chase)\b/;
const TO_THE_NOTICE = /\b(?:to|for|on)?\s*(?:the\s+)?(?:48[- ]?hours?'?\s+)?notices?\b/;

/**
 * "who hasn't replied to the notice for Bolsover": the people expected at the district's Challenge Day
 * who have not answered its 48-hour notice, so the QA manager can chase them.
 */
export const readNoticeQuestion: QuestionReader = (message, context) => {
  const words = new QuestionWords(message.words);
  if (words.take(NOT_REPLIED) === null) return null;
  words.take(TO_THE_NOTICE);
  const district = findDistrict(words.text, context.districts);
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts("who hasn't replied to the notice", district),
      district.candidates.map((candidate) => `who hasn't replied to the notice for ${candidate.name}`),
    );
  }
  if (district.kind === 'found') district.matched.forEach((phrase) => words.takeText(phrase));
  const unknown = leftoverWords(words.text);
  if (unknown.length > 0) {
    const example = context.districts[0]?.name ?? 'Chesterfield';
    return unclear(`I understood “who hasn't replied to the notice”, but not ${saidBack(unknown)}.`, [
      "who hasn't replied to the notice",
      `who hasn't replied to the notice for ${district.kind === 'found' ? district.district.name : example}`,
    ]);
  }
  return district.kind === 'found'
    ? { kind: 'notice_not_replied', districtId: district.district._id }
    : { kind: 'notice_not_replied' };
};
