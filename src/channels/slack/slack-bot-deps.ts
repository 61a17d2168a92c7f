import type { Person } from '../../domain/people/person.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import type { Logger } from '../../logger.js';

export interface SlackBotDeps {
  /** Over HTTP (requests signed with the signing secret), or Socket Mode (a websocket opened with the app token). */
  readonly connection: { readonly signingSecret: string } | { readonly appToken: string };
  readonly botToken: string;
  readonly slackApiUrl?: string;
  readonly interactions: InteractionDeps;
  /** Who becomes a QA manager the first time they write (BOOTSTRAP_ADMIN_EMAILS). */
  readonly bootstrapAdminEmails: readonly string[];
  /** Where a file shared in a direct message may be downloaded from with the bot token (SLACK_FILE_HOSTS). */
  readonly fileHosts: readonly string[];
  /** How long a person who typed a command waits before "working on it" or "not done yet" (ANSWER_WAIT_MS). */
  readonly answerWaitMs: number;
  readonly logger: Logger;
}

/** What every Slack listener needs, built once by createSlackBot so each listener only registers itself. */
export interface SlackListenerDeps {
  readonly interactions: InteractionDeps;
  /**
   * The registered person behind a Slack user id, e.g. one mentioned in a message: looked up only, never
   * linked or registered (that happens only to whoever writes).
   */
  readonly identify: (slackUserId: string) => Promise<Outcome<Person>>;
  /**
   * Whoever sent the payload, from its own user id, never from anything inside a block's value: linked by
   * their work email, or registered from BOOTSTRAP_ADMIN_EMAILS, the first time they write.
   */
  readonly recognise: (slackUserId: string) => Promise<Outcome<Person>>;
  readonly lateFailure: (error: unknown) => void;
  readonly answerWaitMs: number;
  /** Downloads a file shared with the bot, from the address Slack's event gives, with the bot token. */
  readonly downloadFile: (url: string, declaredBytes: number | undefined) => Promise<Outcome<string>>;
}
