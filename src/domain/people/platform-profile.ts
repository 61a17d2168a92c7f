/**
 * What a chat platform's directory says about someone when the bot asks (Teams' conversation members API,
 * Slack's users.info): their work email and their name. Either may be missing, e.g. for a guest account.
 */
export interface PlatformProfile {
  readonly email?: string;
  readonly displayName?: string;
}
