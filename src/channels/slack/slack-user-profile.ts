import { WebClient } from '@slack/web-api';
import type { PlatformProfile } from '../../domain/people/platform-profile.js';
import type { Logger } from '../../logger.js';

/** The person is waiting for an answer: a directory lookup that takes longer than this tells nothing. */
const LOOKUP_TIMEOUT_MS = 2_000;

/**
 * Looks up a Slack user's work email and name with users.info (the email needs the `users:read.email`
 * scope). Asked once, the first time someone the bot does not know writes; a lookup that fails, or a user
 * without an email (a bot, some guests), tells nothing, and the sender is then treated as unknown.
 */
export function slackUserProfiles(
  botToken: string,
  slackApiUrl: string | undefined,
  logger: Logger,
): (slackUserId: string) => Promise<PlatformProfile | undefined> {
  // Not retried: the person would wait through the retries, and the next message asks again.
  const client = new WebClient(botToken, {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: LOOKUP_TIMEOUT_MS,
    ...(slackApiUrl ? { slackApiUrl } : {}),
  });
  return async (slackUserId) => {
    try {
      const { user } = await client.users.info({ user: slackUserId });
      if (!user || user.id !== slackUserId || user.is_bot || user.deleted) return undefined;
      const email = user.profile?.email;
      const displayName = user.profile?.real_name || user.real_name || user.name;
      return { ...(email ? { email } : {}), ...(displayName ? { displayName } : {}) };
    } catch (error) {
      logger.warn(
        { error: error instanceof Error ? error.message : String(error) },
        'could not look up a Slack user with users.info',
      );
      return undefined;
    }
  };
}
