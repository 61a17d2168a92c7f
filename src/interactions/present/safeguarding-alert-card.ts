import { displayDateTime, displayTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { caseScopeOfDay, mayReadFindingDetail } from '../../domain/case-detail/permissions.js';
import type { CaseFinding } from '../../domain/case-finding/case-finding.js';
import { maskIdentityData } from '../../domain/case-finding/identity-patterns.js';
import { actorFor } from '../../domain/people/actor.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/**
 * The immediate safeguarding alert as one of the people it is for sees it (rendered per person, and again
 * for every copy when someone acts on it): what was raised, where, by whom, who else was told and who has
 * acted. The concern in the auditor's words (identity data masked; in full in the finding's detail view), and
 * the button to open the finding, only for a reader allowed the case's detail (case-detail/permissions.ts).
 * Without a recipient it is the managers' channel's copy, read by many: never the detail. `unreachedIds` are
 * the people it was for whom it could not reach, for that channel to tell today. Null once the finding is gone.
 */
export async function safeguardingAlertCard(
  stores: Stores,
  caseFindingId: string,
  recipientId: string | undefined,
  unreachedIds: readonly string[] = [],
): Promise<OutgoingCard | null> {
  const finding = await stores.caseFindings.findById(caseFindingId);
  if (!finding) return null;
  const alerted = finding.safeguardingConcern.alertedIds ?? [];
  const actedOn = finding.safeguardingConcern.actedOn ?? [];
  const [names, district, day, recipient] = await Promise.all([
    peopleNames(stores, [finding.auditorId, ...alerted, ...unreachedIds, ...actedOn.map((acted) => acted.personId)]),
    stores.districts.findById(finding.districtId),
    stores.challengeDays.findById(finding.challengeDayId),
    recipientId ? stores.people.findById(recipientId) : null,
  ]);
  const scope = caseScopeOfDay(day ?? { districtId: finding.districtId, auditTeamIds: [] });
  // Someone who has left reads no case detail, whatever their record's roles still say.
  const detail = recipient !== null && !recipient.leftAt && mayReadFindingDetail(actorFor(recipient), finding, scope);
  const districtName = district?.name ?? finding.districtId;
  return {
    card: renderCard('safeguarding-alert', {
      caseFindingId: finding._id,
      caseReference: finding.caseReference,
      districtName,
      auditorName: names.get(finding.auditorId) ?? '',
      raisedAtLabel: displayDateTime(finding.submittedAt),
      // Masked like every note outside the finding's detail view: a name typed into it never reaches a chat.
      reason: detail ? maskIdentityData(finding.safeguardingConcern.reason ?? '') : '',
      alsoAlerted: alerted
        .filter((id) => id !== recipientId)
        .map((id) => names.get(id) ?? '')
        .join(', '),
      notReached: unreachedIds.map((id) => names.get(id) ?? '').join(', '),
      actedOn: actedOn.map((acted) => ({
        line: `Acted on by ${names.get(acted.personId) ?? ''} ${whenActed(acted.at, finding)}`,
      })),
      mayOpen: detail,
      mayAct:
        recipientId !== undefined &&
        alerted.includes(recipientId) &&
        !actedOn.some((acted) => acted.personId === recipientId),
    }),
    text:
      `Act today: immediate safeguarding concern, case ${finding.caseReference} in ${districtName}` +
      (unreachedIds.length > 0 ? ' — not everyone could be alerted' : ''),
  };
}

/** "at 14:05" on the day it was raised; the date too on a later day. */
function whenActed(at: Date, finding: CaseFinding): string {
  const sameDay = londonCalendarDate(at).getTime() === londonCalendarDate(finding.submittedAt).getTime();
  return sameDay ? `at ${displayTime(at)}` : `on ${displayDateTime(at)}`;
}
