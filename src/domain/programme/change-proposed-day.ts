import type { District } from '../districts/district.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { formatCalendarDate, isoFromCalendarDate } from '../shared/london-time.js';
import { isBankHoliday, isWeekend } from '../scheduling/working-days.js';
import { mayManageProgramme } from './permissions.js';
import type { Programme, ProposalChange } from './programme.js';
import { daysOf, inBlackout, type ProgrammeDay } from './propose-dates.js';

/** A QA manager's change to one proposed day: move it to another date, or skip it. */
export type DayChange =
  { readonly kind: 'move'; readonly date: Date; readonly to: Date } | { readonly kind: 'skip'; readonly date: Date };

/**
 * Moves or skips a district's proposed day (named by the date it is shown on). The district's later days are
 * proposed again from it: any change already made to one of them is dropped, as its date no longer stands. A day
 * planned for real is changed on the day itself, not here; a date the programme may not propose (a weekend, a
 * bank holiday, a blackout, another year, or not after the district's day before) is refused with why.
 */
export function changeProposedDay(
  programme: Programme,
  days: readonly ProgrammeDay[],
  district: District,
  change: DayChange,
  context: { readonly actor: Actor; readonly commandId: string; readonly now: Date },
): Outcome<Programme> {
  const allowed = mayManageProgramme(context.actor);
  if (!allowed.ok) return allowed;
  const ofDistrict = daysOf(days, district._id);
  const index = ofDistrict.findIndex((day) => day.date.getTime() === change.date.getTime());
  const day = ofDistrict[index];
  const shown = formatCalendarDate(change.date);
  if (!day) {
    const upcoming = ofDistrict
      .filter((candidate) => candidate.state === 'proposed' || candidate.state === 'moved')
      .filter((candidate) => candidate.date >= change.date)
      .slice(0, 3)
      .map((candidate) => formatCalendarDate(candidate.date));
    return refuse(
      'not_found',
      `${district.name} has no Challenge Day in the ${programme.year} programme on ${shown}.${upcoming.length > 0 ? ` Its next proposed days are ${upcoming.join(', ')}.` : ''}`,
    );
  }
  if (day.state === 'planned') {
    return refuse(
      'invalid_transition',
      `${district.name}’s Challenge Day of ${shown} is planned already: change it with “change the Challenge Day for ${district.name}”.`,
    );
  }
  if (day.state === 'skipped') {
    return refuse('invalid_transition', `${district.name}’s Challenge Day of ${shown} is skipped already.`);
  }
  const proposedDate =
    day.state === 'moved'
      ? (programme.changes.find(
          (known) => known.districtId === district._id && known.movedTo?.getTime() === day.date.getTime(),
        )?.proposedDate ?? day.date)
      : day.date;
  if (change.kind === 'move') {
    const refused = refusedTarget(programme, ofDistrict[index - 1], district, change.to);
    if (refused) return refuse('invalid_input', refused);
  }
  const made: ProposalChange =
    change.kind === 'move'
      ? { districtId: district._id, proposedDate, kind: 'moved', movedTo: change.to }
      : { districtId: district._id, proposedDate, kind: 'skipped' };
  const kept = programme.changes.filter(
    (known) => known.districtId !== district._id || known.proposedDate.getTime() < proposedDate.getTime(),
  );
  return succeed({
    ...programme,
    changes: [...kept, made],
    history: [
      ...programme.history,
      {
        commandId: context.commandId,
        transition: change.kind === 'move' ? 'move_day' : 'skip_day',
        actorId: context.actor.id,
        at: context.now,
        from: `${district._id} ${isoFromCalendarDate(change.date)}`.slice(0, 64),
        to: change.kind === 'move' ? `${district._id} ${isoFromCalendarDate(change.to)}`.slice(0, 64) : 'skipped',
      },
    ],
  });
}

/** Why a day may not move to `to`, or null when it may. */
function refusedTarget(
  programme: Programme,
  dayBefore: ProgrammeDay | undefined,
  district: District,
  to: Date,
): string | null {
  const shown = formatCalendarDate(to);
  if (to.getUTCFullYear() !== programme.year) return `${shown} is not in ${programme.year}, the programme’s year.`;
  if (isWeekend(to)) return `${shown} is a weekend: choose a working day.`;
  if (isBankHoliday(to)) return `${shown} is a bank holiday: choose a working day.`;
  if (inBlackout(to, programme.blackouts)) return `${shown} is a blackout date of the programme: choose another day.`;
  if (dayBefore && to <= dayBefore.date) {
    return `${district.name}’s day before is on ${formatCalendarDate(dayBefore.date)}: choose a date after it.`;
  }
  return null;
}
