/**
 * A chat message as the parser reads it: the words in one plain lower-case form, so each reader matches
 * one spelling, and the people it mentions.
 */
export interface ReadMessage {
  /** The words without mentions, in their own case: case references are read from here. */
  readonly original: string;
  /** Lower case, typographic quotes made plain, sentence punctuation gone, single spaces. */
  readonly words: string;
  /** Mentions of people other than the bot, in the order written. */
  readonly mentions: readonly Mention[];
}

/**
 * Someone a message mentions, other than the bot. Each channel reads its platform's mention markup and
 * resolves it as far as it can, so a mention reaches the domain without the platform's markup or ids.
 */
export interface Mention {
  /** The registered person mentioned; absent when the channel could not tell who it is. */
  readonly personId?: string;
  /** The name the mention showed, when the platform gives one. */
  readonly displayName?: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/**
 * Reads a message whose mentions its channel has already taken out of the text (and passes here). Any
 * other markup left in the text (tags, character entities) is read as the words it stands for.
 */
export function readMessage(text: string, mentions: readonly Mention[] = []): ReadMessage {
  const original = decodeEntities(text.trim().replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return { original, words: plainWords(original), mentions };
}

/** Lower case, plain quotes, no sentence punctuation; keeps / and - for dates and case references. */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[?!,;:"()[\]{}*_]+/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The characters chat platforms escape in message text (and in the names they show in mentions). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}
