import { readActionsQuestion } from './read-actions-question.js';
import type { QuestionReader } from './read-commands.js';

/** "export …", "download …", "… as a spreadsheet": the answer is a file, not a card of actions. */
const EXPORT =
  /^(?:(?:please|can you|could you|can i|could i)\s+)*(?:export|download)\b|\b(?:as|in|to|into)\s+(?:a\s+|an\s+)?(?:csv|xlsx|excel|spreadsheet)(?:\s+file)?\b/g;
const PLAN = /\b(?:the\s+)?action\s*plan\b/g;

/**
 * "export the action plan for High Peak", "export all overdue actions", "download Erewash's completed
 * actions as a spreadsheet": the actions question inside it, read as any other (district, status, owner,
 * due dates), but meaning the whole plan when it names no status. Null when it asks for no export.
 */
export const readExportQuestion: QuestionReader = (message, context) => {
  if (!message.words.match(EXPORT)) return null;
  const words = message.words.replace(EXPORT, ' ').replace(PLAN, ' actions ').replace(/\s+/g, ' ').trim();
  const read = readActionsQuestion({ ...message, words: words || 'actions' }, context, 'any');
  if (read === null) return null;
  if (read.kind === 'actions') return { kind: 'export_actions', actions: read };
  if (read.kind !== 'unclear') return read;
  // The question was not clear: say so, and suggest the exports of the questions it would have been.
  return {
    ...read,
    understood: read.understood.replace('I understood “', 'I understood “export '),
    suggestions: read.suggestions.map((suggestion) => (suggestion === 'help' ? suggestion : `export ${suggestion}`)),
  };
};
