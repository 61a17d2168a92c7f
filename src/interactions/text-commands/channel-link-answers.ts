import { linkChannelToDistrict, unlinkChannel } from '../../domain/links/link-channel.js';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import { actorFor } from '../../domain/people/actor.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

/** "link this channel to Chesterfield (MAT)": the district's notices and digests will be posted here. */
export async function linkThisChannel(
  deps: InteractionDeps,
  message: TextMessage,
  districtId: string,
  audience: NonNullable<ConversationLink['audience']>,
  now: Date,
): Promise<Outcome<Reply>> {
  const district = await deps.stores.districts.findById(districtId);
  if (!district) return refuse('not_found', 'That district was not found.');
  const linked = await linkChannelToDistrict(
    deps.stores.conversationLinks,
    { link: message.conversation, district, audience },
    actorFor(message.person),
    now,
  );
  if (!linked.ok) return linked;
  // What went undelivered because the district had no channel is posted here now.
  await deps.retryUndelivered(linked.value);
  const what = audience === 'mat' ? district.matLocality : district.name;
  return succeed(
    receipt(
      `This channel is now linked to ${what}`,
      message.person.displayName,
      now,
      [],
      `${what}’s notices and digests will be posted here.`,
    ),
  );
}

/** "unlink this channel" */
export async function unlinkThisChannel(
  deps: InteractionDeps,
  message: TextMessage,
  now: Date,
): Promise<Outcome<Reply>> {
  const unlinked = await unlinkChannel(
    deps.stores.conversationLinks,
    message.conversation,
    actorFor(message.person),
    now,
  );
  if (!unlinked.ok) return unlinked;
  return succeed(receipt('This channel is no longer linked to a district', message.person.displayName, now, []));
}
