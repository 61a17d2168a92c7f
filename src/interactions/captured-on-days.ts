import type { ChallengeDay } from '../domain/challenge-day/challenge-day.js';
import type { CapturedOnDays } from '../domain/themes/themed-records.js';
import type { Stores } from '../store/stores.js';

/** Everything recorded on the given Challenge Days: findings, focus-group feedback and visit notes. */
export async function capturedOnDays(stores: Stores, days: readonly ChallengeDay[]): Promise<CapturedOnDays> {
  const ids = days.map((day) => day._id);
  const [findings, focusGroups, visits] = await Promise.all([
    stores.caseFindings.forChallengeDays(ids),
    stores.focusGroupFeedback.forChallengeDays(ids),
    stores.observedVisits.forChallengeDays(ids),
  ]);
  return { days, findings, focusGroups, visits };
}
