import { displayDateTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/*
 * The managers' channel's message about an immediate safeguarding concern that did not reach everyone it was
 * for. It names the case reference, the district and the auditor so someone can act today — never the
 * finding's detail, as a channel is read by many. (The alert itself is safeguarding-alert-card.ts.)
 */

/** The managers' channel told that the alert did not reach everyone it was for, and whom. */
export async function safeguardingUnreachedMessage(
  stores: Stores,
  caseFindingId: string,
  unreachedIds: readonly string[],
): Promise<OutgoingCard | null> {
  const names = await peopleNames(stores, unreachedIds);
  const unreached = unreachedIds.map((id) => names.get(id) ?? id).join(', ');
  return safeguardingMessage(stores, caseFindingId, [{ title: 'Could not be alerted', value: unreached }], {
    title: (caseReference) => `Immediate safeguarding concern: case ${caseReference} — not everyone could be alerted`,
    nextStep: `Tell ${unreached} today, and make sure the case is followed up under the safeguarding procedure.`,
  });
}

async function safeguardingMessage(
  stores: Stores,
  caseFindingId: string,
  moreFacts: readonly { title: string; value: string }[],
  wording: { title: (caseReference: string) => string; nextStep: string },
): Promise<OutgoingCard | null> {
  const finding = await stores.caseFindings.findById(caseFindingId);
  if (!finding) return null;
  const [names, district] = await Promise.all([
    peopleNames(stores, [finding.auditorId]),
    stores.districts.findById(finding.districtId),
  ]);
  const title = wording.title(finding.caseReference);
  return {
    card: renderCard('receipt', {
      title,
      submittedByName: names.get(finding.auditorId) ?? '',
      submittedAtLabel: displayDateTime(finding.submittedAt),
      facts: [
        { title: 'Case', value: finding.caseReference },
        { title: 'District', value: district?.name ?? finding.districtId },
        { title: 'Auditor', value: names.get(finding.auditorId) ?? '' },
        ...moreFacts,
      ],
      nextStep: wording.nextStep,
    }),
    text: title,
  };
}
