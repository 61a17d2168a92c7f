import type { ConversationLink } from '../../domain/links/conversation-link.js';
import type { Person } from '../../domain/people/person.js';
import type { ActionsQuery } from '../../domain/questions/query.js';

/** What a person wrote to the bot, with who they are and where they wrote it. */
export interface TextMessage {
  readonly person: Person;
  readonly text: string;
  /** Where it was written, for channel commands ("link this channel to …"). */
  readonly conversation: ConversationLink;
  /** How the platform names a mentioned owner: a Slack user id, or a Teams display name. */
  readonly resolveMention?: (owner: NonNullable<ActionsQuery['owner']>) => Promise<string | undefined>;
}
