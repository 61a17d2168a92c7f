import { decodeEntities, type Mention } from '../../domain/questions/read-message.js';
import { takeMentions } from '../take-mentions.js';

/** Teams' markup for a mention: `<at>Priya Sharma</at>`, with the name shown (HTML-escaped). */
const TEAMS_MENTION = /<at>(.*?)<\/at>/g;

/**
 * The text without Teams' mention markup, and the names it mentions besides the bot. Teams gives a
 * mention's name, not an identity the bot registers, so the person is left unresolved.
 */
export function readTeamsMentions(text: string): { text: string; mentions: readonly Mention[] } {
  const taken = takeMentions(text, TEAMS_MENTION, ([, name]): Mention | undefined =>
    name?.trim() ? { displayName: decodeEntities(name.trim()) } : undefined,
  );
  return { text: taken.text, mentions: taken.mentioned };
}
