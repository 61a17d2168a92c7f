import type { Delivery } from '../notifications/notification.js';
import type { CaseFinding } from './case-finding.js';

/**
 * An immediate safeguarding concern must not wait on one person being reachable. When the alert could not
 * reach some of the people it was for, the channels chosen as the managers' (the county's, and the
 * district's managers' channels) are told: the case reference, the
 * district, the auditor and who was not reached — never the finding's detail, which stays in its view.
 * Nothing when everyone was reached, or when the finding raised no concern.
 */
export function safeguardingSecondPath(finding: CaseFinding, unreachedIds: readonly string[]): Delivery[] {
  if (!finding.safeguardingConcern.raised || unreachedIds.length === 0) return [];
  return [
    {
      key: `safeguarding-unreached:${finding._id}`,
      notification: { kind: 'safeguarding_unreached', caseFindingId: finding._id, unreachedIds: [...unreachedIds] },
      destination: { kind: 'managers_channels', districtId: finding.districtId },
    },
  ];
}
