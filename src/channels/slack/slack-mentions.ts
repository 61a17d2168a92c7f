import type { Person } from '../../domain/people/person.js';
import type { Mention } from '../../domain/questions/read-message.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import { takeMentions, type TakenMentions } from '../take-mentions.js';

/** Slack's markup for a user: `<@U07SAM123>`, or `<@U07SAM123|sam>` with the name shown. */
const SLACK_MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g;

export interface SlackMention {
  readonly userId: string;
  readonly label?: string;
}

/** The text without Slack's user mentions, and the users it mentions besides the bot. */
export function takeSlackMentions(text: string): TakenMentions<SlackMention> {
  return takeMentions(text, SLACK_MENTION, ([, userId, label]): SlackMention | undefined =>
    userId ? { userId, ...(label?.trim() ? { label: label.trim() } : {}) } : undefined,
  );
}

/**
 * The text without Slack's mention markup, and its mentions resolved to registered people where they are
 * (a Slack user id names a person only through their registered identity).
 */
export async function readSlackMentions(
  text: string,
  identify: (slackUserId: string) => Promise<Outcome<Person>>,
): Promise<{ text: string; mentions: readonly Mention[] }> {
  const taken = takeSlackMentions(text);
  const mentions = await Promise.all(
    taken.mentioned.map(async ({ userId, label }): Promise<Mention> => {
      const person = await identify(userId);
      if (person.ok) return { personId: person.value._id, displayName: person.value.displayName };
      return label ? { displayName: label } : {};
    }),
  );
  return { text: taken.text, mentions };
}
