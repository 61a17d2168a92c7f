import { REGISTER_DAYS_AFTER } from '../../domain/attendance/permissions.js';
import {
  readDayRepliesCommand,
  readRegisterCommand,
  type DayCommand,
} from '../../domain/attendance/read-day-commands.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import { mayReadNoticeReplies, maySeeNoticeRepliesIn } from '../../domain/notice/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { dayRepliesCard } from '../present/day-replies-card.js';
import { attendanceRegisterForm } from '../present/register-form.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

const DAY_MS = 86_400_000;

function districtOf(command: DayCommand, example: string): Outcome<string> {
  if ('districtId' in command) return succeed(command.districtId);
  return refuse(
    'invalid_input',
    command.unrecognised
      ? `I don’t know a district called “${command.unrecognised}”. Name one of the county’s districts, e.g. “${example}”.`
      : `Name the district, e.g. “${example}”.`,
  );
}

/** The district's day whose notice is out, under way, or held in the last few days (its register still open). */
async function dayOfNotice(deps: InteractionDeps, districtId: string, now: Date): Promise<ChallengeDay | null> {
  const recent = await deps.stores.challengeDays.upcoming(new Date(now.getTime() - (REGISTER_DAYS_AFTER + 1) * DAY_MS));
  const current = recent.find((day) => day.districtId === districtId && day.status !== 'planned');
  if (current) return current;
  const latest = await deps.stores.challengeDays.latestForDistrict(districtId, londonCalendarDate(now));
  return latest && latest.status !== 'planned' ? latest : null;
}

/** The day a register is for: the district's latest day up to today, or else its next one (the form says when it opens). */
async function dayOfRegister(deps: InteractionDeps, districtId: string, now: Date): Promise<ChallengeDay | null> {
  const held = await deps.stores.challengeDays.latestForDistrict(districtId, londonCalendarDate(now));
  if (held) return held;
  const next = await deps.stores.challengeDays.upcoming(now);
  return next.find((day) => day.districtId === districtId) ?? null;
}

/** "register for Erewash", "who came to the Erewash Challenge Day": the register's form, prefilled. */
async function openRegister(
  deps: InteractionDeps,
  message: TextMessage,
  command: DayCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  const districtId = districtOf(command, 'register for Erewash');
  if (!districtId.ok) return districtId;
  const day = await dayOfRegister(deps, districtId.value, now);
  if (!day) return refuse('not_found', 'There is no Challenge Day in that district to record who came to.');
  return attendanceRegisterForm(deps, message.person, { challengeDayId: day._id }, {});
}

/** "replies for Erewash", "the Erewash Challenge Day": the day's answers to its notice, for its managers. */
async function showDayReplies(
  deps: InteractionDeps,
  message: TextMessage,
  command: DayCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const mayRead = mayReadNoticeReplies(actor);
  if (!mayRead.ok) return mayRead;
  const districtId = districtOf(command, 'replies for Erewash');
  if (!districtId.ok) return districtId;
  const maySee = maySeeNoticeRepliesIn(actor, districtId.value);
  if (!maySee.ok) return maySee;
  const day = await dayOfNotice(deps, districtId.value, now);
  if (!day) return refuse('not_found', 'No notice has gone out for a Challenge Day in that district yet.');
  const [replies, register] = await Promise.all([
    deps.stores.noticeReplies.repliesForDay(day._id),
    deps.stores.attendanceRegisters.forChallengeDay(day._id),
  ]);
  return succeed(await dayRepliesCard(deps.stores, actor, day, replies, register, now));
}

export const registerCommand = chatCommand(readRegisterCommand, openRegister);
export const dayRepliesCommand = chatCommand(readDayRepliesCommand, showDayReplies);
