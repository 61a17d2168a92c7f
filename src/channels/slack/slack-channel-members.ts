import type { WebClient } from '@slack/web-api';
import type { ChannelMember, ChannelMembers } from '../../domain/people/roster.js';

/** The page size Slack recommends for conversations.members. */
const PAGE_SIZE = 200;
/** A channel bigger than this is read only this far: the card offers 25 at a time anyway. */
const MOST_MEMBERS_READ = 5_000;
/**
 * Members looked up with users.info for one question: its rate tier allows about a hundred calls a minute,
 * and the person is waiting. The rest are counted, and looked up when the question is asked again.
 */
const MOST_LOOKUPS = 50;
/** users.info calls made side by side. */
const LOOKUPS_AT_ONCE = 10;

/**
 * The members of a Slack channel: their user ids from conversations.members (following its cursor), then,
 * for those whose Slack account is on no record (`registeredAmong`, one query), their name and work email
 * from users.info (scopes `channels:read`/`groups:read`, `users:read` and `users:read.email`). Bots,
 * deactivated accounts and users Slack no longer knows are left out.
 */
export async function slackChannelMembers(
  client: WebClient,
  channel: string,
  registeredAmong: (slackUserIds: readonly string[]) => Promise<ReadonlySet<string>>,
): Promise<ChannelMembers> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.members({ channel, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    ids.push(...(page.members ?? []));
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor && ids.length < MOST_MEMBERS_READ);
  const registered = await registeredAmong(ids);
  const strangers = ids.filter((id) => !registered.has(id) && id !== 'USLACKBOT');
  const toLookUp = strangers.slice(0, MOST_LOOKUPS);
  const members: ChannelMember[] = [];
  for (let start = 0; start < toLookUp.length; start += LOOKUPS_AT_ONCE) {
    const found = await Promise.all(toLookUp.slice(start, start + LOOKUPS_AT_ONCE).map((id) => lookUp(client, id)));
    members.push(...found.filter((member): member is ChannelMember => member !== null));
  }
  return { members, notLookedUp: strangers.length - toLookUp.length };
}

async function lookUp(client: WebClient, slackUserId: string): Promise<ChannelMember | null> {
  const { user } = await client.users.info({ user: slackUserId }).catch((error: unknown) => {
    // Someone who left the workspace between the two calls: nobody to add.
    if (slackErrorCode(error) === 'user_not_found') return { user: undefined };
    throw error;
  });
  if (!user || user.is_bot || user.deleted) return null;
  const email = user.profile?.email;
  return {
    platformUserId: slackUserId,
    displayName: user.profile?.real_name || user.real_name || user.name || slackUserId,
    ...(email ? { email } : {}),
  };
}

function slackErrorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'data' in error
    ? (error.data as { error?: unknown } | undefined)?.error
    : undefined;
}
