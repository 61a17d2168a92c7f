import type { DigestCardData, Fact } from '../../cards/card-data.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { displayDate, overdueLabel } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { mondayOfWeek } from '../../domain/scheduling/periods.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/**
 * A district's weekly digest: its outstanding and overdue actions as they stand when it is sent, the most
 * overdue first, and each owner's share. Null when the district no longer exists.
 */
export async function weeklyDigestMessage(
  stores: Stores,
  districtId: string,
  week: string,
  now: Date,
): Promise<OutgoingCard | null> {
  const district = await stores.districts.findById(districtId);
  if (!district) return null;
  // Read once for every channel the digest goes to (outbox/rendered-notifications.ts): the counts and the few
  // most overdue actions the card lists, not every outstanding action.
  const summary = await stores.actions.digestSummaryForDistrict(districtId, now, CARD_LIMITS.digestOverduePerDistrict);
  const byOwner = new Map(summary.owners.map(({ ownerId, ...counts }) => [ownerId, counts]));
  // Every owner of an overdue action has it outstanding: their names are among these.
  const names = await peopleNames(stores, byOwner.keys());
  const outstandingCount = summary.owners.reduce((sum, owner) => sum + owner.outstanding, 0);
  const overdueCount = summary.owners.reduce((sum, owner) => sum + owner.overdue, 0);
  const owners: Fact[] = [...byOwner.entries()]
    .sort(
      ([a, countsA], [b, countsB]) =>
        countsB.overdue - countsA.overdue ||
        countsB.outstanding - countsA.outstanding ||
        (names.get(a) ?? '').localeCompare(names.get(b) ?? ''),
    )
    .map(([ownerId, counts]) => ({
      title: names.get(ownerId) ?? '',
      value: `${counts.outstanding} outstanding, ${counts.overdue} overdue`,
    }));
  const shownOwners = firstOf(owners, CARD_LIMITS.digestOwnersPerDistrict);
  const today = londonCalendarDate(now);
  const shownOverdue = { shown: summary.mostOverdue, moreCount: overdueCount - summary.mostOverdue.length };
  const data: DigestCardData = {
    periodLabel: `${district.name} · week of ${displayDate(mondayOfWeek(week))}`,
    outstanding: outstandingCount,
    overdue: overdueCount,
    districts: [
      {
        name: district.name,
        outstanding: outstandingCount,
        overdue: overdueCount,
        owners: shownOwners.shown,
        moreOwnersCount: shownOwners.moreCount,
        mostOverdue: shownOverdue.shown.map((action) => ({
          what: action.what,
          ownerName: names.get(action.ownerId) ?? '',
          dueLabel: displayDate(action.dueDate),
          overdueLabel: overdueLabel(action.dueDate, today),
        })),
        moreOverdueCount: shownOverdue.moreCount,
      },
    ],
    moreDistrictsCount: 0,
  };
  return {
    card: renderCard('digest', data),
    text: `Action plan digest for ${district.name}: ${outstandingCount} outstanding, ${overdueCount} overdue`,
  };
}
