import { actorFor } from '../../domain/people/actor.js';
import { changeProposedDay } from '../../domain/programme/change-proposed-day.js';
import { mayManageProgramme } from '../../domain/programme/permissions.js';
import { daysOf as districtDays } from '../../domain/programme/propose-dates.js';
import { readProgrammeCommand, type ProgrammeCommand } from '../../domain/programme/read-programme-command.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { formatCalendarDate, londonCalendarDate } from '../../domain/shared/london-time.js';
import { daysOf, loadProgramme } from '../../programme/load-programme.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import { programmeReply } from '../present/programme-card.js';
import { programmeForm } from '../present/programme-form.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

/**
 * "programme for 2027" opens the year's rota form (QA managers); "show the programme" or "programme 2027" shows
 * the year to anyone registered; "move the Erewash Challenge Day of 14 April 2027 to 21 April 2027" and "skip
 * the Erewash Challenge Day of 14 April 2027" change one proposed day (QA managers), re-proposing the later ones.
 */
export const programmeCommand = chatCommand(readProgrammeCommand, (deps, message, command, now) =>
  answerProgrammeCommand(deps, message, command, now),
);

async function answerProgrammeCommand(
  deps: InteractionDeps,
  message: TextMessage,
  command: ProgrammeCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  switch (command.kind) {
    case 'set':
      return programmeForm(deps, message.person, { year: String(command.year) }, {});
    case 'show': {
      const year = command.year ?? londonCalendarDate(now).getUTCFullYear();
      const loaded = await loadProgramme(deps.stores, year);
      if (!loaded) return noProgramme(year);
      return succeed(
        programmeReply(loaded, await deps.stores.districts.all(), message.person, deps.programmePictureUrl(year)),
      );
    }
    case 'unclear': {
      const allowed = mayManageProgramme(actorFor(message.person));
      return allowed.ok ? refuse('invalid_input', command.message) : allowed;
    }
    case 'move':
    case 'skip':
      return changeDay(deps, message, command, now);
  }
}

function noProgramme(year: number): Outcome<never> {
  return refuse(
    'not_found',
    `No programme of Challenge Days is set for ${year} yet. A QA manager sets it with “programme for ${year}”.`,
  );
}

async function changeDay(
  deps: InteractionDeps,
  message: TextMessage,
  command: Extract<ProgrammeCommand, { kind: 'move' | 'skip' }>,
  now: Date,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const allowed = mayManageProgramme(actor);
  if (!allowed.ok) return allowed;
  const year = command.date.getUTCFullYear();
  const [loaded, district] = await Promise.all([
    loadProgramme(deps.stores, year),
    deps.stores.districts.findById(command.districtId),
  ]);
  if (!loaded) return noProgramme(year);
  if (!district) return refuse('not_found', 'That district was not found.');
  const commandId = `programme:${command.kind}:${district._id}:${now.getTime()}`;
  const change =
    command.kind === 'move'
      ? { kind: 'move' as const, date: command.date, to: command.to }
      : { kind: 'skip' as const, date: command.date };
  const changed = changeProposedDay(loaded.programme, loaded.days, district, change, { actor, commandId, now });
  if (!changed.ok) return changed;
  const saved = await deps.stores.programmes.saveTransition(loaded.programme, changed.value);
  if (saved.kind === 'conflict' || saved.kind === 'missing') {
    return refuse('conflict', 'Someone changed the programme just now: look at it again with “show the programme”.');
  }
  const next = districtDays(await daysOf(deps.stores, saved.entity), district._id)
    .filter((day) => day.date > command.date && day.state !== 'skipped')
    .slice(0, 4)
    .map((day) => formatCalendarDate(day.date));
  const title =
    command.kind === 'move'
      ? `${district.name}’s Challenge Day of ${formatCalendarDate(command.date)} moved to ${formatCalendarDate(command.to)}`
      : `${district.name}’s Challenge Day of ${formatCalendarDate(command.date)} skipped`;
  return succeed(
    receipt(
      title,
      message.person.displayName,
      now,
      [{ title: `${district.name}’s next days`, value: next.join(', ') || 'None left this year' }],
      'The district’s later days are proposed again from it, every interval of its rota, on working days only.',
    ),
  );
}
