import type { District } from '../districts/district.js';
import { nameKey } from '../districts/district-names.js';
import type { RotaLine } from '../forms/programme.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { isoFromCalendarDate } from '../shared/london-time.js';
import { WEEKDAY_NAMES } from '../scheduling/digest-schedule.js';
import { mayManageProgramme } from './permissions.js';
import { programmeId, type Blackout, type DistrictRota, type Programme } from './programme.js';

/** The rota as the QA manager set it on the form. */
export interface ProgrammeSettings {
  readonly rota: readonly RotaLine[];
  readonly blackouts: readonly Blackout[];
  readonly reminderWeeks: number;
}

/** What setting the programme comes to: a new year's programme, or a step of an existing one. */
export type ProgrammeSet =
  | { readonly kind: 'created'; readonly programme: Programme }
  | { readonly kind: 'changed'; readonly before: Programme; readonly after: Programme }
  | { readonly kind: 'unchanged'; readonly programme: Programme };

/**
 * Sets the year's programme from the form: each line's district must be one of the county's (by its name or an
 * other name, ignoring case) and appear once, and its first date must fall in the year; anything wrong is
 * refused beside the rota, naming the line, and nothing is stored. A district whose line is unchanged keeps the
 * moves and skips made to its days; a district whose line changed is proposed afresh.
 */
export function setProgramme(
  year: number,
  settings: ProgrammeSettings,
  districts: readonly District[],
  existing: Programme | null,
  context: { readonly actor: Actor; readonly commandId: string; readonly now: Date },
): Outcome<ProgrammeSet> {
  const allowed = mayManageProgramme(context.actor);
  if (!allowed.ok) return allowed;
  const rota = rotaOf(year, settings.rota, districts);
  if (typeof rota === 'string') return refuse('invalid_input', rota, { rota });
  const keptChanges = (existing?.changes ?? []).filter((change) => {
    const before = existing?.rota.find((line) => line.districtId === change.districtId);
    const after = rota.find((line) => line.districtId === change.districtId);
    return before && after && sameRota(before, after);
  });
  const fields = {
    rota,
    blackouts: [...settings.blackouts],
    reminderWeeks: settings.reminderWeeks,
    changes: keptChanges,
  };
  const entry = {
    commandId: context.commandId,
    actorId: context.actor.id,
    at: context.now,
    note: describeSettings(fields, districts),
  };
  if (!existing) {
    return succeed({
      kind: 'created',
      programme: {
        _id: programmeId(year),
        year,
        ...fields,
        createdAt: context.now,
        version: 0,
        history: [{ ...entry, transition: 'set_programme', from: 'none', to: `${rota.length} districts` }],
      },
    });
  }
  if (describeSettings(existing, districts) === entry.note) return succeed({ kind: 'unchanged', programme: existing });
  return succeed({
    kind: 'changed',
    before: existing,
    after: {
      ...existing,
      ...fields,
      history: [
        ...existing.history,
        {
          ...entry,
          transition: 'change_programme',
          from: `${existing.rota.length} districts`,
          to: `${rota.length} districts`,
        },
      ],
    },
  });
}

function rotaOf(year: number, lines: readonly RotaLine[], districts: readonly District[]): DistrictRota[] | string {
  const rota: DistrictRota[] = [];
  for (const line of lines) {
    const key = nameKey(line.districtName);
    const district = districts.find(
      (candidate) => nameKey(candidate.name) === key || candidate.aliases.some((alias) => nameKey(alias) === key),
    );
    if (!district) {
      return `Line ${line.line}: there is no district called “${line.districtName}”. The districts are ${districts.map((known) => known.name).join(', ')}.`;
    }
    if (rota.some((known) => known.districtId === district._id)) {
      return `Line ${line.line}: ${district.name} has a line already; give each district one line.`;
    }
    if (line.firstDate.getUTCFullYear() !== year) {
      return `Line ${line.line}: ${district.name}’s first date, ${isoFromCalendarDate(line.firstDate)}, is not in ${year}.`;
    }
    rota.push({
      districtId: district._id,
      everyWeeks: line.everyWeeks,
      weekday: line.weekday,
      firstDate: line.firstDate,
    });
  }
  return rota;
}

function sameRota(a: DistrictRota, b: DistrictRota): boolean {
  return a.everyWeeks === b.everyWeeks && a.weekday === b.weekday && a.firstDate.getTime() === b.firstDate.getTime();
}

/** The rota line of a district as the form shows it: "Erewash, every 8 weeks, Wednesday, from 2027-01-13". */
export function rotaLineText(line: DistrictRota, districtName: string): string {
  return `${districtName}, every ${line.everyWeeks} weeks, ${WEEKDAY_NAMES[line.weekday - 1] ?? 'Monday'}, from ${isoFromCalendarDate(line.firstDate)}`;
}

/** A blackout as the form shows it: "2027-07-23 to 2027-09-01", or one date. */
export function blackoutText(blackout: Blackout): string {
  const from = isoFromCalendarDate(blackout.from);
  const to = isoFromCalendarDate(blackout.to);
  return from === to ? from : `${from} to ${to}`;
}

/** The whole setting in words, for the audit trail (and to tell a save that changed nothing). */
function describeSettings(
  settings: Pick<Programme, 'rota' | 'blackouts' | 'reminderWeeks'>,
  districts: readonly District[],
): string {
  const name = (id: string) => districts.find((district) => district._id === id)?.name ?? id;
  const rota = settings.rota.map((line) => rotaLineText(line, name(line.districtId))).join('; ');
  const blackouts = settings.blackouts.map(blackoutText).join(', ') || 'none';
  return `Rota: ${rota}. Blackouts: ${blackouts}. Reminder ${settings.reminderWeeks} weeks before.`.slice(0, 4000);
}
