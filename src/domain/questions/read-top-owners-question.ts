import { districtInQuestion } from './district-in-question.js';
import { QuestionWords } from './question-words.js';
import { EVERYWHERE } from './read-count-question.js';
import type { QuestionReader } from './read-commands.js';

const NUMBER_WORDS: Record<string, number> = { three: 3, five: 5, ten: 10 };
const LATE = '(?:overdue|over\\s+due|overdeu|late|past\\s+due)';
/** "who owns the most overdue actions", "which staff have most late actions", "top 5 owners of overdue actions". */
const MOST_OVERDUE = new RegExp(
  [
    `(?:who|which\\s+(?:people|person|staff|workers?|managers?|owners?))\\s+(?:owns?|has|have|holds?|is\\s+sitting\\s+on|are\\s+sitting\\s+on|is\\s+behind\\s+on)\\s+(?:the\\s+)?most\\s+${LATE}`,
    `(?:who|which\\s+(?:people|staff))\\s+(?:is|are)\\s+(?:the\\s+)?most\\s+(?:behind|overdue)`,
    `(?:top|worst)\\s+(?:\\d{1,2}\\s+|three\\s+|five\\s+|ten\\s+)?(?:owners?|people|staff)\\s+(?:of|for|with|by)\\s+${LATE}`,
    `most\\s+${LATE}\\s+(?:actions?\\s+)?(?:by|per)\\s+(?:owner|person)`,
  ]
    .map((pattern) => `\\b${pattern}\\b`)
    .join('|'),
);
const TOP_N = /\b(?:top|worst)\s+(\d{1,2}|three|five|ten)\b/;
const PHRASE = 'who owns the most overdue actions';

/**
 * "who owns the most overdue actions?", "top 3 owners of overdue actions in Erewash": the people holding
 * most overdue actions in the asker's districts (or the one named), with how many each.
 */
export const readTopOwnersQuestion: QuestionReader = (message, context) => {
  const words = new QuestionWords(message.words.replace(EVERYWHERE, ' ').replace(/\s+/g, ' ').trim());
  const top = TOP_N.exec(message.words);
  if (words.take(MOST_OVERDUE) === null) return null;
  words.take(/\b(?:actions?|tasks?)\b/);
  const district = districtInQuestion(words, context, (name) => (name ? `${PHRASE} in ${name}` : PHRASE));
  if (!('ok' in district)) return district;
  const limit = top?.[1] ? (NUMBER_WORDS[top[1]] ?? Number(top[1])) : undefined;
  return {
    kind: 'top_overdue_owners',
    ...(district.district ? { districtId: district.district._id } : {}),
    ...(limit ? { limit } : {}),
  };
};
