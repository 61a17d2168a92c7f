import { displayDateTime } from '../../cards/display-time.js';
import {
  linkManagersChannel,
  readManagersChannelCommand,
  type ManagersChannelCommand,
} from '../../domain/links/link-managers-channel.js';
import { actorFor } from '../../domain/people/actor.js';
import { changeDigestSchedule } from '../../domain/scheduling/change-digest-schedule.js';
import {
  DEFAULT_DIGEST_SCHEDULE,
  describeDigestSchedule,
  digestDueInWeek,
  type DigestSchedule,
} from '../../domain/scheduling/digest-schedule.js';
import { isoWeekOf } from '../../domain/scheduling/periods.js';
import { digestWorkId } from '../../domain/scheduling/plan-posts.js';
import { readDigestScheduleCommand, type DigestScheduleCommand } from '../../domain/scheduling/read-digest-schedule.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answer, receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

const WEEK_MS = 7 * 86_400_000;

/**
 * "weekly digest for Chesterfield on Friday at 8:30" moves a district's weekly digest (QA managers only);
 * "when is the weekly digest for Erewash" says when it goes.
 */
export const digestScheduleCommand = chatCommand(readDigestScheduleCommand, (deps, message, command, now) =>
  answerDigestSchedule(deps, message, command, now),
);

/**
 * "link this channel to managers": the monthly performance summary goes to this channel; "link this channel to
 * Chesterfield managers": Chesterfield's managers read it.
 */
export const managersChannelCommand = chatCommand(readManagersChannelCommand, (deps, message, command, now) =>
  linkManagersFromChat(deps, message, command, now),
);

async function answerDigestSchedule(
  deps: InteractionDeps,
  message: TextMessage,
  command: DigestScheduleCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  if (command.kind === 'unclear') {
    return refuse(
      'invalid_input',
      `${command.understood} Try ${command.suggestions.map((suggestion) => `“${suggestion}”`).join(' or ')}.`,
    );
  }
  const district = await deps.stores.districts.findById(command.districtId);
  if (!district) return refuse('not_found', 'That district was not found.');
  if (command.kind === 'show') {
    const schedule = district.digestSchedule ?? DEFAULT_DIGEST_SCHEDULE;
    return succeed({
      ...answer(
        `The weekly digest for ${district.name} goes on ${describeDigestSchedule(schedule)}`,
        [{ title: 'Next digest', value: displayDateTime(await nextDigestAt(deps, district._id, schedule, now)) }],
        `London time. A QA manager can change it, e.g. “weekly digest for ${district.name} on Friday at 8:30”.`,
      ),
      audience: 'person',
    });
  }
  const changed = changeDigestSchedule(district, command, { actor: actorFor(message.person), now });
  if (!changed.ok) return changed;
  const { schedule, audit } = changed.value;
  await deps.stores.districts.setDigestSchedule(district._id, schedule);
  await deps.stores.auditEvents.record(audit);
  // This week's digest moves too, if its new time is still ahead; one already sent, or whose new time has
  // passed, stays as it is, so a week never gets two digests or none.
  const thisWeek = digestDueInWeek(schedule, now);
  if (thisWeek.dueAt.getTime() > now.getTime()) {
    await deps.stores.scheduledWork.reschedule(digestWorkId(district._id, thisWeek.week), thisWeek.dueAt);
  }
  return succeed(
    receipt(
      `The weekly digest for ${district.name} now goes on ${describeDigestSchedule(schedule)}`,
      message.person.displayName,
      now,
      [{ title: 'Next digest', value: displayDateTime(await nextDigestAt(deps, district._id, schedule, now)) }],
      'London time. It lists the district’s outstanding and overdue actions in every channel linked to it.',
    ),
  );
}

/** This week's digest if it has not gone yet, else next week's. */
async function nextDigestAt(deps: InteractionDeps, districtId: string, schedule: DigestSchedule, now: Date) {
  const work = await deps.stores.scheduledWork.findById(digestWorkId(districtId, isoWeekOf(now)));
  if (work?.status === 'pending') return work.dueAt;
  const thisWeek = digestDueInWeek(schedule, now);
  if (!work && thisWeek.dueAt.getTime() > now.getTime()) return thisWeek.dueAt;
  return digestDueInWeek(schedule, new Date(now.getTime() + WEEK_MS)).dueAt;
}

async function linkManagersFromChat(
  deps: InteractionDeps,
  message: TextMessage,
  command: ManagersChannelCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const district = command.districtId ? await deps.stores.districts.findById(command.districtId) : null;
  const linked = await linkManagersChannel(deps.stores.conversationLinks, message.conversation, command, actor, now);
  if (!linked.ok) return linked;
  await deps.stores.auditEvents.record({
    _id: `conversation_link:${linked.value._id}:managers:${now.getTime()}`,
    entityKind: 'conversation_link',
    entityId: linked.value._id,
    transition: 'link_managers_channel',
    actorId: actor.id,
    at: now,
    commandId: `managers-channel:${now.getTime()}`,
    before: message.conversation.purpose ?? 'none',
    after: district ? `managers of ${district._id}` : 'managers',
  });
  if (district) {
    return succeed(
      receipt(
        `This is now the channel of ${district.name}’s managers`,
        message.person.displayName,
        now,
        [],
        `If a safeguarding alert from ${district.name} cannot reach someone it is for, this channel is told (the case reference and who was not reached, never the case detail).`,
      ),
    );
  }
  return succeed(
    receipt(
      'This is now the managers’ channel',
      message.person.displayName,
      now,
      [],
      'The monthly performance summary of every district will be posted here on the first working day of each month.',
    ),
  );
}
