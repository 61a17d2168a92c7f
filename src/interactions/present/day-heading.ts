import type { DayHeading } from '../../cards/card-data.js';
import { displayDate } from '../../cards/display-time.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import type { District } from '../../domain/districts/district.js';

/** The header every form about a Challenge Day shows: which district, which MAT locality, which day. */
export function dayHeading(day: ChallengeDay, district: District | null): DayHeading {
  return {
    challengeDayId: day._id,
    districtName: district?.name ?? day.districtId,
    matLocality: day.matLocality,
    dateLabel: displayDate(day.date),
  };
}
