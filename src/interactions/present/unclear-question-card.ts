import { renderCard } from '../../cards/render-card.js';
import type { UnclearQuestion } from '../../domain/questions/query.js';
import type { SuggestedQuestionSeal } from '../suggested-question-seal.js';
import type { Reply } from '../reply.js';

/**
 * The answer to a question the bot could not read: one short message saying what it understood, and each
 * suggested question as a button that asks it. Never the help card: only "help" shows that.
 */
export function unclearQuestionReply(unclear: UnclearQuestion, seal: SuggestedQuestionSeal): Reply {
  return {
    card: renderCard('unclear-question', {
      understood: unclear.understood,
      suggestions: unclear.suggestions.map((question) => ({ question, seal: seal.seal(question) })),
    }),
    text: [unclear.understood, ...unclear.suggestions.map((question) => `Try “${question}”.`)].join(' '),
    audience: 'person',
  };
}
