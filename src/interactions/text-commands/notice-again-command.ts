import { displayDate } from '../../cards/display-time.js';
import { actorFor } from '../../domain/people/actor.js';
import { dayToPostAgain, postNoticeAgain } from '../../domain/notice/post-notice-again.js';
import {
  asksForNoticeAgain,
  readNoticeAgainCommand,
  type NoticeAgainCommand,
} from '../../domain/notice/read-notice-again-command.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { queueDeliveries, unreachableDeliveries } from '../../outbox/queue-deliveries.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import type { ChatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

/**
 * "post the notice again (for Chesterfield)": the day's 48-hour notice goes again, through the outbox, to its
 * district's and MAT locality's linked channels. Without a district named, a message in a linked channel means
 * that channel's district.
 */
async function postTheNoticeAgain(
  deps: InteractionDeps,
  message: TextMessage,
  command: NoticeAgainCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const districts = await deps.stores.districts.active();
  const districtId = command.districtId ?? message.conversation.districtId;
  const day = dayToPostAgain(await deps.stores.challengeDays.upcoming(now), districts, actor, {
    ...command,
    ...(districtId ? { districtId } : {}),
  });
  if (!day.ok) return day;
  const posted = postNoticeAgain(day.value, {
    actor,
    commandId: `notice-again:${day.value._id}:${now.getTime()}`,
    now,
  });
  if (!posted.ok) return posted;
  const district = districts.find((candidate) => candidate._id === day.value.districtId);
  const name = district?.name ?? day.value.districtId;
  const { deliveries, audit } = posted.value;
  // With no channel linked, nothing is queued: the notice itself goes to the first channel linked to the district.
  const unreachable = await unreachableDeliveries(deps.stores, deliveries, now);
  if (unreachable.length === deliveries.length) {
    return refuse(
      'invalid_transition',
      `No channel is linked to ${name} yet, so there is nowhere to post its notice again. Link one (“link this channel to ${name}”) and the notice goes there.`,
    );
  }
  const { queued } = await queueDeliveries(deps.stores, deliveries, now);
  await deps.stores.auditEvents.record(audit);
  return succeed(
    receipt(
      `48-hour notice posted again: ${name}, ${displayDate(day.value.date)}`,
      message.person.displayName,
      now,
      [{ title: 'Channels', value: String(queued) }],
      'Answers on any copy of the notice count once, and every copy shows them.',
    ),
  );
}

/** "post the notice again", "repost the notice", "send the notice again for Chesterfield". */
export const noticeAgainCommand: ChatCommand = (text, districts) =>
  asksForNoticeAgain(text)
    ? (deps, message, now) => postTheNoticeAgain(deps, message, readNoticeAgainCommand(text, districts, now) ?? {}, now)
    : null;
