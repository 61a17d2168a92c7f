import { renderCard } from '../../cards/render-card.js';
import { calendarDateFromIso, formatCalendarDate } from '../../domain/shared/london-time.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';

/**
 * The QA managers' reminder that a day of the programme is coming: "Plan the Erewash Challenge Day of Wed 14
 * Apr 2027", with one button that opens the plan form filled in for it. Null once the district is gone.
 */
export async function programmeReminderCard(
  stores: Stores,
  districtId: string,
  date: string,
): Promise<OutgoingCard | null> {
  const district = await stores.districts.findById(districtId);
  if (!district) return null;
  const title = `Plan the ${district.name} Challenge Day of ${formatCalendarDate(calendarDateFromIso(date))}`;
  const card = renderCard('confirm', {
    title,
    message: `The programme proposes this day for ${district.name} and ${district.matLocality}. Plan it now, so its 48-hour notice can go; or move or skip it in the programme (e.g. “skip the ${district.name} Challenge Day of ${date}”).`,
    confirmTitle: 'Plan it',
    verb: 'programme.planDay',
    data: { districtId, date },
  });
  return { card, text: title };
}
