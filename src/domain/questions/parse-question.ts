import { findDistrict } from './match-district.js';
import type { ParsedQuestion, QuestionContext } from './query.js';
import { readActionsQuestion } from './read-actions-question.js';
import {
  readAuditTrail,
  readFailedDeliveries,
  readHelp,
  readLink,
  readPlan,
  readUnlink,
  type QuestionReader,
} from './read-commands.js';
import { readCaptureForm } from './read-capture-form.js';
import { readExportQuestion } from './read-export-question.js';
import { readFiguresQuestion } from './read-figures-question.js';
import { readMessage, type Mention } from './read-message.js';
import { readNoticeQuestion } from './read-notice-question.js';
import { readAwaitingDecisionQuestion } from './read-awaiting-decision-question.js';
import { readChallengeDayQuestion } from './read-challenge-day-question.js';
import { readCountQuestion } from './read-count-question.js';
import { readTopOwnersQuestion } from './read-top-owners-question.js';
import { readThemesQuestion } from './read-themes-question.js';
import { readOverdueDistrictsQuestion } from './read-overdue-districts-question.js';
import { closestQuestions, someQuestions } from './suggest-questions.js';
import { unclear } from './unclear.js';

/**
 * The readers, most specific first: a channel command or a named kind of question wins over the broad
 * actions question, so "who hasn't replied" is never read as "outstanding actions".
 */
const READERS: readonly QuestionReader[] = [
  readHelp,
  readUnlink,
  readLink,
  // Before every question about actions or findings: "export …" asks for a file of them, not a card.
  readExportQuestion,
  readPlan,
  readCaptureForm,
  readAuditTrail,
  readFailedDeliveries,
  readNoticeQuestion,
  // Before the broad actions question, which would read "overdue", "verify" or "Challenge Day" in them.
  readOverdueDistrictsQuestion,
  readChallengeDayQuestion,
  readAwaitingDecisionQuestion,
  readTopOwnersQuestion,
  readCountQuestion,
  readActionsQuestion,
  readFiguresQuestion,
  readThemesQuestion,
];

/**
 * Turns a chat message — what a manager would ask a colleague — into a typed query the channels route on
 * `kind`. Pure: the clock, the districts and the people come in `context`; the people the message mentions,
 * as its channel resolved them, in `mentions`. A question it cannot read is
 * answered, never dropped: the result then says what was understood and offers questions to copy.
 */
export function parseQuestion(
  text: string,
  context: QuestionContext,
  mentions: readonly Mention[] = [],
): ParsedQuestion {
  const message = readMessage(text, mentions);
  for (const read of READERS) {
    const parsed = read(message, context);
    if (parsed) return parsed;
  }
  const district = findDistrict(message.words, context.districts);
  if (district.kind === 'found') {
    return unclear(
      `I understood “${district.district.name}”, but not what you would like to know about it.`,
      closestQuestions(message.words, district.district.name),
    );
  }
  const example = context.districts[0]?.name;
  return unclear(
    'I didn’t recognise a question in that.',
    someQuestions(closestQuestions(message.words, example), ['my actions', 'help']),
  );
}
