import { leftoverWords, saidBack } from './leftover-words.js';
import { QuestionWords } from './question-words.js';
import type { QuestionReader } from './read-commands.js';
import { unclear } from './unclear.js';

const DECISION =
  '(?:approval|approve|decision|decide(?:\\s+on)?|sign[- ]?off|sign|ok|okay|verification|verify|say[- ]?so|go[- ]?ahead)';
const WAITING_FOR_ME = new RegExp(
  [
    `(?:waiting|awaiting|pending|needs?|needing|requires?|requiring|for)\\s+(?:for\\s+|on\\s+)?(?:my|me\\s+to)\\s+${DECISION}`,
    '(?:waiting|awaiting|pending)\\s+(?:for|on|with)\\s+me',
    'my\\s+(?:approvals|decisions|sign[- ]?offs|in[- ]?tray)',
    `(?:for|do|should|must|can)\\s+(?:me|i)\\s+(?:need\\s+|have\\s+|got\\s+)?to\\s+${DECISION}`,
    `(?:have|do)\\s+i\\s+(?:got\\s+)?(?:anything|something)\\s+to\\s+${DECISION}`,
    `have\\s+i\\s+(?:got\\s+)?to\\s+${DECISION}`,
    `(?:should|must|can)\\s+i\\s+${DECISION}`,
  ]
    .map((pattern) => `\\b${pattern}\\b`)
    .join('|'),
);
const MORE_WORDS = /\b(?:approvals?|decisions?|stuff|items?|things?|anything|something|right now|currently|today)\b/g;

/**
 * "what is waiting for my approval?", "anything for me to sign off?": the date requests, completions and
 * reports waiting for this person's decision.
 */
export const readAwaitingDecisionQuestion: QuestionReader = (message) => {
  const words = new QuestionWords(message.words);
  if (words.take(WAITING_FOR_ME) === null) return null;
  words.text = words.text.replace(MORE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  const unknown = leftoverWords(words.text);
  if (unknown.length > 0) {
    return unclear(`I understood “what is waiting for my approval”, but not ${saidBack(unknown)}.`, [
      'what is waiting for my approval',
      'date requests',
    ]);
  }
  return { kind: 'awaiting_my_decision' };
};
