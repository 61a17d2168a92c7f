import type { ConversationLink } from '../../domain/links/conversation-link.js';
import type { Person } from '../../domain/people/person.js';
import type { ChannelMembers } from '../../domain/people/roster.js';
import type { Mention } from '../../domain/questions/read-message.js';

/** What a person wrote to the bot, with who they are and where they wrote it. */
export interface TextMessage {
  readonly person: Person;
  readonly text: string;
  /** Where it was written, for channel commands ("link this channel to …"). */
  readonly conversation: ConversationLink;
  /** The people the text mentions, as the channel resolved them; their markup is already out of `text`. */
  readonly mentions?: readonly Mention[];
  /**
   * Reads the members of the team or channel it was written in, as the platform lists them (for "who here is
   * not registered?"); absent where the platform has no such list to give (a personal chat).
   */
  readonly channelMembers?: () => Promise<ChannelMembers>;
  /**
   * Told as soon as the message is read as a question that changes nothing, so a channel whose person
   * stops waiting may say "working on it" and post the answer later (answer-now-or-later.ts).
   */
  readonly whenOnlyReading?: () => void;
}
