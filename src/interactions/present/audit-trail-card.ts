import type { Fact } from '../../cards/card-data.js';
import { displayDateTime } from '../../cards/display-time.js';
import type { CaseAuditEntry, CaseAuditTrail } from '../../domain/audit/case-audit-trail.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';
import { answer } from './message-cards.js';
import { peopleNames } from './people-names.js';

/** A card holds a few dozen facts comfortably within the platforms' size limits; the newest are shown. */
const ENTRIES_SHOWN = 40;

/**
 * The audit trail of one case reference as a card for the QA manager: one line per event, oldest first —
 * when, who and what — with record ids and grade words only, never a finding's text.
 */
export async function auditTrailCard(stores: Pick<Stores, 'people'>, trail: CaseAuditTrail, now: Date): Promise<Reply> {
  const shown = trail.entries.slice(-ENTRIES_SHOWN);
  const names = await peopleNames(stores, [
    ...shown.map((entry) => entry.actorId),
    ...shown.flatMap((entry) => (entry.allocatedToId ? [entry.allocatedToId] : [])),
  ]);
  // A person is named, never shown by their internal id: one no longer recorded is said to be so.
  const facts: Fact[] = shown.map((entry) => ({
    title: displayDateTime(entry.at),
    value: describe(entry, (id) => names.get(id) ?? 'someone no longer registered'),
  }));
  const earlier = trail.entries.length - shown.length;
  const title = `Audit trail for case ${trail.caseReference}`;
  const reply = answer(
    title,
    facts.length > 0 ? facts : [{ title: 'Events', value: 'None: no finding or sample for this case is recorded.' }],
    earlier > 0
      ? `Showing the latest ${shown.length} of ${trail.entries.length} events.`
      : 'The audit trail is append-only: nothing in it can be changed through the bot.',
    `As it stands on ${displayDateTime(now)}`,
  );
  return { ...reply, text: `${title}: ${trail.entries.length} events` };
}

function describe(entry: CaseAuditEntry, nameOf: (id: string) => string): string {
  const who = nameOf(entry.actorId);
  switch (entry.what) {
    case 'sampled':
      return `Drawn for audit by ${who}${entry.allocatedToId ? `, given to ${nameOf(entry.allocatedToId)}` : ''}`;
    case 'submitted':
      return `Finding submitted by ${who}`;
    case 'moderated':
      return `Finding moderated by ${who}${entry.detail ? `: ${entry.detail}` : ''}`;
    case 'viewed':
      return `Finding viewed by ${who}`;
    case 'report_opened':
      return `Report with its notes case by case opened by ${who}`;
    case 'findings_acknowledged':
      return `Findings of the verified report acknowledged by ${who}`;
    case 'trail_viewed':
      return `This audit trail viewed by ${who}`;
    case 'changed':
      return `Changed by ${who}`;
  }
}
