import { districtInQuestion } from './district-in-question.js';
import { findDistrict } from './match-district.js';
import type { ChallengeDayQuery, QuestionContext } from './query.js';
import { QuestionWords } from './question-words.js';
import type { QuestionReader } from './read-commands.js';

/** "Challenge Day", as people type it in a hurry ("challange day", "chalenge-day"). */
const CHALLENGE_DAY = /\bchall?[ae]nge[\s-]*days?\b/;
const AUDIT_TEAM =
  /\b(?:(?:who(?:'s|s| is| are| was| were)?\s+)?(?:on|in)\s+(?:the\s+)?audit(?:ing)?\s+team|(?:the\s+)?audit(?:ing)?\s+team|(?:the\s+)?auditors|who(?:'s|s| is| are| was| were)?\s+(?:auditing|doing|going to|going on|coming to|on))\b/;
const OUTCOME =
  /\b(?:how\s+(?:did|was|were)|summary|summari[sz]e|outcomes?|results?|grades|findings|what\s+did\s+(?:it|they|we)\s+find)\b/;
/**
 * "what came out of the last Challenge Day in High Peak": its summary. With more than a district after it
 * (a date: "… on 3 March"), the actions reader lists that day's actions, as the summary is the last day's.
 */
const CAME_OUT_OF = /\bwhat\s+(?:came|comes|has come)\s+(?:out\s+)?of\b/;
/** The "go" of "how did the last Challenge Day in Erewash go". */
const GO = /\bgo\b/;
const WHEN =
  /\b(?:when(?:'s|s| is| was| will be| will)?|what\s+(?:date|day)(?:'s|s| is| was)?|(?:the\s+)?dates?\s+(?:of|for))\b/;
/** A question about a day's actions, or how many there are, is for the actions and count readers. */
const ABOUT_ACTIONS = /\b(?:actions?|tasks?|overdue|overdeu|outstanding|how many|number of)\b/;
const NEXT = /\b(?:next|upcoming|coming|forthcoming|future)\b/;
const LAST = /\b(?:last|latest|previous|most recent|recent|past)\b/;

const QUESTION_WORDS: Record<ChallengeDayQuery['about'], (which: ChallengeDayQuery['which']) => string> = {
  when: (which) => (which === 'next' ? 'when is the next Challenge Day' : 'when was the last Challenge Day'),
  audit_team: (which) => `who is on the audit team for the ${which} Challenge Day`,
  outcome: () => 'how did the last Challenge Day go',
};

/**
 * "when is the next Challenge Day in Chesterfield?", "who is on the audit team for the next Challenge Day?",
 * "how did the last Challenge Day in Erewash go?" (or "what came out of" it: its summary). A message naming a
 * Challenge Day but none of these (such as "actions from the last Challenge Day") is left to the other readers.
 */
export const readChallengeDayQuestion: QuestionReader = (message, context) => {
  if (ABOUT_ACTIONS.test(message.words)) return null;
  const words = new QuestionWords(message.words);
  if (words.take(CHALLENGE_DAY) === null) return null;
  const about: ChallengeDayQuery['about'] | null =
    words.take(AUDIT_TEAM) !== null
      ? 'audit_team'
      : words.take(OUTCOME) !== null
        ? 'outcome'
        : words.take(WHEN) !== null
          ? 'when'
          : null;
  const cameOutOf = about === null && words.take(CAME_OUT_OF) !== null;
  if (about === 'outcome') words.take(GO);
  const last = words.take(LAST) !== null;
  const next = !last && words.take(NEXT) !== null;
  if (cameOutOf && !onlyDistrictLeft(words, context)) return null;
  const which: ChallengeDayQuery['which'] = about === 'outcome' || cameOutOf || last ? 'last' : 'next';
  // "the next Challenge Day in Erewash", with nothing else: when it is.
  if (about === null && !cameOutOf && (!(next || last) || !onlyDistrictLeft(words, context))) return null;
  const asked = cameOutOf ? 'outcome' : (about ?? 'when');
  const district = districtInQuestion(words, context, (name) =>
    name ? `${QUESTION_WORDS[asked](which)} in ${name}` : QUESTION_WORDS[asked](which),
  );
  if (!('ok' in district)) return district;
  return {
    kind: 'challenge_day',
    which,
    about: asked,
    ...(district.district ? { districtId: district.district._id } : {}),
  };
};

/** Whether the words left are only a district's name, or nothing (anything more is for another reader). */
function onlyDistrictLeft(words: QuestionWords, context: QuestionContext): boolean {
  const probe = new QuestionWords(words.text);
  const district = findDistrict(probe.text, context.districts);
  if (district.kind === 'found') district.matched.forEach((matched) => probe.takeText(matched));
  return /^(?:(?:the|in|for|at|of|is|please)(?:\s+|$))*$/.test(probe.text);
}
