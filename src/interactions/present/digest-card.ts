import type { DigestCardData, Fact } from '../../cards/card-data.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { displayDate, overdueLabel } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { isOverdue } from '../../domain/action/overdue.js';
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
  // One read of the district's outstanding actions, the few fields shown: the render is shared by every
  // channel the digest goes to (outbox/rendered-notifications.ts).
  const outstanding = await stores.actions.digestRowsForDistrict(districtId);
  const overdue = outstanding.filter((action) => isOverdue(action, now));
  const names = await peopleNames(
    stores,
    outstanding.map((action) => action.ownerId),
  );
  const byOwner = new Map<string, { outstanding: number; overdue: number }>();
  for (const action of outstanding) {
    const counts = byOwner.get(action.ownerId) ?? { outstanding: 0, overdue: 0 };
    counts.outstanding += 1;
    if (isOverdue(action, now)) counts.overdue += 1;
    byOwner.set(action.ownerId, counts);
  }
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
  const shownOverdue = firstOf(overdue, CARD_LIMITS.digestOverduePerDistrict);
  const data: DigestCardData = {
    periodLabel: `${district.name} · week of ${displayDate(mondayOfWeek(week))}`,
    outstanding: outstanding.length,
    overdue: overdue.length,
    districts: [
      {
        name: district.name,
        outstanding: outstanding.length,
        overdue: overdue.length,
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
    text: `Action plan digest for ${district.name}: ${outstanding.length} outstanding, ${overdue.length} overdue`,
  };
}
