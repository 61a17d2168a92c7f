import { z } from 'zod/v4';
import type { CardJson } from '../../cards/card-templates.js';
import type { Stores } from '../../store/stores.js';
import { conversationReferenceOf } from './teams-conversation.js';

/**
 * Teams fetches its own view of a card for at most 60 people (User Specific Views). Anyone past them, and
 * anyone the bot holds no Teams user id for, sees the card as posted and can still choose Refresh on the
 * message to fetch theirs.
 */
export const TEAMS_REFRESH_USERS_MAX = 60;

/** The people's Teams user ids (`29:…`), in the order given; someone with none known is left out. */
export type TeamsUserIdsOf = (personIds: readonly string[]) => Promise<string[]>;

/** A card's channel-neutral refresh: the Action.Execute that re-renders it, and whose view differs. */
const neutralRefresh = z.object({
  action: z.record(z.string(), z.unknown()),
  personIds: z.array(z.string()),
});

/**
 * The card as Teams must receive it: a `refresh` naming people by the bot's person ids (cards/action.json)
 * becomes Teams' own, whose `userIds` are those people's Teams user ids, most important first, at most 60.
 * A card without one is sent as it is.
 */
export async function withTeamsRefresh(card: CardJson, userIdsOf: TeamsUserIdsOf): Promise<CardJson> {
  const refresh = neutralRefresh.safeParse(card.refresh);
  if (!refresh.success) return card;
  const userIds = (await userIdsOf(refresh.data.personIds)).slice(0, TEAMS_REFRESH_USERS_MAX);
  return { ...card, refresh: { action: refresh.data.action, userIds } };
}

/**
 * People's Teams user ids as Teams gave them to the bot: the `29:…` id (`from.id`) kept in the address of
 * their personal chat when they wrote there. A chat the bot opened itself holds only their AAD object id, not
 * the user id Teams documents for `refresh.userIds`, so such a person is left out until they write to the bot.
 */
export function teamsUserIdsFrom(stores: Pick<Stores, 'conversationLinks'>): TeamsUserIdsOf {
  return async (personIds) => {
    const chats = await stores.conversationLinks.personalChatsOfEach(personIds, 'teams');
    const byPerson = new Map<string, string>();
    for (const chat of chats) {
      const userId = conversationReferenceOf(chat).user?.id;
      if (chat.personId && userId?.startsWith('29:')) byPerson.set(chat.personId, userId);
    }
    return personIds.flatMap((personId) => {
      const userId = byPerson.get(personId);
      return userId ? [userId] : [];
    });
  };
}
