import { DateTime } from 'luxon';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import type { District } from '../../domain/districts/district.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { mayManageProgramme } from '../../domain/programme/permissions.js';
import type { ProgrammeDay } from '../../domain/programme/propose-dates.js';
import type { ProgrammeYear } from '../../programme/load-programme.js';
import type { Reply } from '../reply.js';

const STATE_LABELS: Record<ProgrammeDay['state'], string> = {
  proposed: '',
  moved: ' (moved)',
  skipped: ' (skipped)',
  planned: ' (planned)',
};

/**
 * The year's programme as a card: month by month, each district's day ("Erewash: Wed 14 Apr (planned)"), with a
 * link to the same year as a calendar picture. A QA manager is told how to move or skip a day. Beyond
 * CARD_LIMITS.programmeDays days the rest are counted, and shown on the picture.
 */
export function programmeReply(
  { programme, days }: ProgrammeYear,
  districts: readonly District[],
  reader: Person,
  pictureUrl: string,
): Reply {
  const name = (id: string) => districts.find((district) => district._id === id)?.name ?? id;
  const shown = days.slice(0, CARD_LIMITS.programmeDays);
  const months = [...new Set(shown.map((day) => day.date.getUTCMonth()))].map((month) => ({
    name: DateTime.utc(programme.year, month + 1, 1).toFormat('LLLL'),
    days: shown
      .filter((day) => day.date.getUTCMonth() === month)
      .map((day) => ({
        title: name(day.districtId),
        value: `${DateTime.fromJSDate(day.date, { zone: 'UTC' }).toFormat('ccc d LLL')}${STATE_LABELS[day.state]}`,
      })),
  }));
  const more = days.length - shown.length;
  const example = days.find((day) => day.state === 'proposed');
  const exampleDate = example ? DateTime.fromJSDate(example.date, { zone: 'UTC' }).toFormat('d LLLL yyyy') : '';
  const howToChange =
    mayManageProgramme(actorFor(reader)).ok && example
      ? ` To move a day: “move the ${name(example.districtId)} Challenge Day of ${exampleDate} to …”; to skip one: “skip the ${name(example.districtId)} Challenge Day of ${exampleDate}”; to change the rota: “programme for ${programme.year}”.`
      : '';
  const card = renderCard('programme', {
    year: String(programme.year),
    subtitle: `${programme.rota.length} districts · each day covers the district and its MAT locality · reminders ${programme.reminderWeeks} weeks before each day · London dates`,
    months,
    note: `${more > 0 ? `And ${more} more days, on the calendar picture.` : ''}${howToChange}`.trim(),
    pictureUrl,
  });
  return { card, text: `Challenge Day programme ${programme.year}`, audience: 'person' };
}
