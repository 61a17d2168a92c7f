import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { ChannelMember, ChannelMembers } from '../../domain/people/roster.js';

/** The most the Bot Connector gives in one page of a team's members. */
const PAGE_SIZE = 500;
/** A team bigger than this is read only this far: the card offers 25 at a time anyway. */
const MOST_MEMBERS_READ = 5_000;

/**
 * The team a channel message was written in, as Teams names it in the activity's channel data; undefined
 * outside a team (a personal or group chat).
 */
export function teamIdOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { team?: { id?: unknown } } | undefined;
  const teamId = channelData?.team?.id;
  return typeof teamId === 'string' && teamId ? teamId : undefined;
}

/**
 * The members of the team a channel belongs to, read page by page from the Bot Connector
 * (GET /v3/conversations/{teamId}/pagedmembers, following its continuationToken): each with their AAD
 * object id, name, and work email (or, failing that, user principal name, which in an organisation's
 * tenant is their work address). Every member comes with their email, so nobody is left to look up.
 */
export async function teamsTeamMembers(context: TurnContext, teamId: string): Promise<ChannelMembers> {
  const members: ChannelMember[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await TeamsInfo.getPagedTeamMembers(context, teamId, PAGE_SIZE, continuationToken);
    for (const member of page.members) {
      if (!member.aadObjectId) continue;
      const email = member.email || member.userPrincipalName;
      members.push({
        platformUserId: member.aadObjectId,
        displayName: member.name || email || 'Someone in this team',
        ...(email ? { email } : {}),
      });
    }
    continuationToken = page.continuationToken || undefined;
  } while (continuationToken && members.length < MOST_MEMBERS_READ);
  return { members, notLookedUp: 0 };
}
