/**
 * A chat message as the parser reads it: the bot's own mention taken off, other mentions set aside as
 * possible owners, and the words in one plain lower-case form, so each reader matches one spelling.
 */
export interface ReadMessage {
  /** The words without mentions, in their own case: case references are read from here. */
  readonly original: string;
  /** Lower case, typographic quotes made plain, sentence punctuation gone, single spaces. */
  readonly words: string;
  /** Mentions of people other than the bot, in the order written. */
  readonly mentions: readonly Mention[];
}

/** A mention as the platform sent it; the channel resolves it to a person. */
export type Mention =
  | { readonly platform: 'slack'; readonly userId: string }
  | { readonly platform: 'teams'; readonly displayName: string };

const MENTION = /<at>(.*?)<\/at>|<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/**
 * Reads a message from Teams ("<at>Challenge Day</at> my actions") or Slack ("<@U0BOT> my actions").
 * A mention at the very start is the bot's own (both platforms put it there when someone addresses the
 * bot); every other mention is kept as a person the question may be about.
 */
export function readMessage(text: string): ReadMessage {
  const mentions: Mention[] = [];
  const withoutMentions = text
    .trim()
    .replace(MENTION, (_whole: string, teamsName: string | undefined, slackId: string | undefined, offset: number) => {
      const isBotsOwn = offset === 0;
      if (!isBotsOwn && slackId) mentions.push({ platform: 'slack', userId: slackId });
      else if (!isBotsOwn && teamsName?.trim())
        mentions.push({ platform: 'teams', displayName: decode(teamsName.trim()) });
      return ' ';
    });
  const original = decode(withoutMentions.replace(/<[^>]*>/g, ' '))
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

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}
