import { readActionsQuestion } from './read-actions-question.js';
import type { QuestionReader } from './read-commands.js';

/** "how many …", "number of …": the answer is a count, not a list. */
const HOW_MANY = /\b(?:how\s+many|(?:the\s+)?(?:total\s+)?(?:number|count|total)\s+of|count\s+(?:the\s+|up\s+)?)\b/g;
/** "across the county", "altogether": every district the asker may see, which no district already means. */
export const EVERYWHERE =
  /\b(?:across|in|for|throughout)\s+(?:the\s+(?:whole\s+)?|all\s+(?:the\s+)?)?(?:county|districts)\b|\b(?:county[- ]?wide|in\s+total|altogether|all\s+together|overall|everywhere)\b/g;

/** "does Priya Sharma own": the owner, as the actions question reads one ("owned by Priya Sharma"). */
const DOES_OWN = /\b(?:does|do)\s+((?:[a-z][a-z'-]*\s+){1,3}?)(?:own|have|hold)\b/g;

/**
 * "how many actions are overdue across the county?", "how many open actions in Erewash": the actions
 * question inside it, read as any other, answered with how many there are.
 */
export const readCountQuestion: QuestionReader = (message, context) => {
  if (!message.words.match(HOW_MANY)) return null;
  const words = message.words
    .replace(HOW_MANY, ' ')
    .replace(EVERYWHERE, ' ')
    .replace(DOES_OWN, (_whole, name: string) => ` owned by ${name}`)
    .replace(/\s+/g, ' ')
    .trim();
  const read = readActionsQuestion({ ...message, words }, context);
  if (read === null) return null;
  if (read.kind === 'actions') return { kind: 'count_actions', actions: read };
  if (read.kind !== 'unclear') return read;
  return {
    ...read,
    understood: read.understood.replace('I understood “', 'I understood “how many '),
    suggestions: read.suggestions.map((suggestion) =>
      suggestion === 'help' ? suggestion : `how many ${suggestion.startsWith('my ') ? 'of ' : ''}${suggestion}`,
    ),
  };
};
