import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import { transitionChallengeDay } from '../../domain/challenge-day/lifecycle.js';
import { readDayCommand } from '../../domain/challenge-day/read-day-command.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { formatCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { planForm } from '../present/plan-form.js';
import { receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';

/** The district's next Challenge Day, to change or cancel; the messages say what to write instead. */
async function nextDayIn(
  deps: InteractionDeps,
  districtId: string | undefined,
  now: Date,
  verb: 'change' | 'cancel',
): Promise<Outcome<ChallengeDay>> {
  if (!districtId) {
    return refuse('invalid_input', `Say which district, e.g. “${verb} the Challenge Day for Chesterfield”.`);
  }
  const day = (await deps.stores.challengeDays.upcoming(now)).find((candidate) => candidate.districtId === districtId);
  if (!day) return refuse('not_found', `There is no Challenge Day coming up in that district to ${verb}.`);
  return succeed(day);
}

/** "change the Challenge Day for Chesterfield": the plan form of the district's next day, filled in. */
async function editFormFromChat(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Outcome<Reply>> {
  const day = await nextDayIn(deps, districtId, now, 'change');
  if (!day.ok) return day;
  return planForm(deps, person, { challengeDayId: day.value._id }, {});
}

/**
 * "cancel the Challenge Day for Chesterfield": the district's next day is cancelled, and every notice
 * already posted for it is updated to say so, without its reply buttons.
 */
async function cancelFromChat(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Outcome<Reply>> {
  const next = await nextDayIn(deps, districtId, now, 'cancel');
  if (!next.ok) return next;
  const day = next.value;
  const cancelled = transitionChallengeDay(day, 'cancel', {
    actor: actorFor(person),
    commandId: `cancel:${day._id}`,
    now,
  });
  if (!cancelled.ok) return cancelled;
  const saved = await deps.stores.challengeDays.saveTransition(day, cancelled.value);
  if (saved.kind === 'conflict') return refuse('conflict', 'This Challenge Day changed a moment ago; try again.');
  await deps.refreshDelivered(`notice:${day._id}`, { kind: 'challenge_day_notice', challengeDayId: day._id });
  return succeed(
    receipt(
      `Challenge Day cancelled: ${formatCalendarDate(day.date)}`,
      person.displayName,
      now,
      [],
      'Every notice already posted now says it is cancelled.',
    ),
  );
}

/** "change the Challenge Day for Chesterfield" / "cancel the Challenge Day for Chesterfield" */
export const plannedDayCommand = chatCommand(readDayCommand, (deps, message, command, now) =>
  command.command === 'cancel'
    ? cancelFromChat(deps, message.person, command.districtId, now)
    : editFormFromChat(deps, message.person, command.districtId, now),
);
