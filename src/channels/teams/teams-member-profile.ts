import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { PlatformProfile } from '../../domain/people/platform-profile.js';
import type { Logger } from '../../logger.js';

/**
 * The sender's work email and name as Teams' directory gives them, from the Bot Connector's conversation
 * members API (GET /v3/conversations/{conversationId}/members/{memberId}): their email, or failing that
 * their user principal name, which in an organisation's tenant is their work address. A member whose AAD
 * object id is not the one the authenticated activity names is not the sender, and tells nothing. A lookup
 * that fails tells nothing either: the sender is then treated as someone the bot does not know.
 */
export async function teamsMemberProfile(context: TurnContext, logger: Logger): Promise<PlatformProfile | undefined> {
  const from = context.activity.from;
  try {
    const member = await TeamsInfo.getMember(context, from.id);
    if (member.aadObjectId !== from.aadObjectId) return undefined;
    const email = member.email || member.userPrincipalName;
    return { ...(email ? { email } : {}), ...(member.name ? { displayName: member.name } : {}) };
  } catch (error) {
    logger.warn(
      { error: error instanceof Error ? error.message : String(error) },
      'could not look up a Teams sender in the conversation’s members',
    );
    return undefined;
  }
}
