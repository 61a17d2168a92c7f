import { formatLondon } from '../domain/shared/london-time.js';
import type { RecordsNamingPerson } from '../store/records-naming-person.js';

const SECTIONS: readonly [keyof Omit<RecordsNamingPerson, 'personId'>, string][] = [
  ['people', 'The person’s own record'],
  ['personIdentities', 'The Teams and Slack identities the bot recognises them by'],
  ['challengeDays', 'Challenge Days they planned, audited or were asked to attend'],
  ['noticeReplies', 'Their replies to 48-hour notices'],
  ['attendanceRegisters', 'Registers of who came to a Challenge Day that list them, or that they recorded'],
  ['caseSamples', 'Case samples they drew or were given cases in'],
  ['caseFindings', 'Case findings they wrote, moderated, were suggested to act on, or were alerted about'],
  ['caseHandbacks', 'Audited cases’ findings sent to them as the manager holding the case, or acknowledged by them'],
  ['focusGroupFeedback', 'Focus groups they ran'],
  ['observedVisits', 'Observed visits they recorded'],
  ['reports', 'Reports they drafted, verified, returned or own an action in'],
  ['actions', 'Actions they own or acted on'],
  ['conversationLinks', 'Their chats with the bot'],
  ['outbox', 'Messages the bot sent to their chats'],
  ['auditEvents', 'The audit trail of what they did, and of the changes to their record'],
  ['viewsTheyMade', 'Of those, the findings, report pages, case audit trails and action plan exports they viewed'],
  [
    'viewsOfTheirWork',
    'Who viewed the findings they wrote, the reports they drafted or verified, and exports listing their actions',
  ],
  ['scheduledWork', 'Scheduled work about them'],
  ['transitionSteps', 'Copies of records kept at each step of their lifecycle'],
  ['peopleImports', 'People files they sent the bot or applied (kept 7 days)'],
  ['rosterOffers', 'Channel members they were offered to add, or added (kept 7 days)'],
  ['reportLinkClaims', 'The report and export links they opened, and when (the browser is kept only as a hash)'],
  ['programmes', 'Programmes of Challenge Days they set, or whose days they moved or skipped'],
];

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.record { border: 1px solid #ddd; border-radius: 4px; padding: .5rem .75rem; margin: .75rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dt { color: #555; } dd { margin: 0; overflow-wrap: anywhere; } ul { margin: 0; padding-left: 1.2rem; }
.none { color: #666; font-style: italic; }
@media print { .record { break-inside: avoid; } }`;

/**
 * Everything held about one person as one HTML page with no outside resources, to be read, printed or
 * sent as it is. Every value is escaped; dates are shown in UK time beside their stored UTC value.
 */
export function personExportHtml(records: RecordsNamingPerson, gatheredAt: Date): string {
  const name = records.people[0]?.displayName ?? records.personId;
  // Views of their work name others, and the views they made are counted among their audit events.
  const total = SECTIONS.filter(([key]) => key !== 'viewsTheyMade' && key !== 'viewsOfTheirWork').reduce(
    (sum, [key]) => sum + records[key].length,
    0,
  );
  const sections = SECTIONS.map(([key, heading]) => {
    const list = records[key] as readonly unknown[];
    const body =
      list.length === 0
        ? '<p class="none">None.</p>'
        : list.map((record) => `<div class="record">${valueHtml(record)}</div>`).join('\n');
    return `<section><h2>${escape(heading)} (${list.length})</h2>\n${body}</section>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    `<title>Records held about ${escape(name)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>Records held about ${escape(name)} (${escape(records.personId)})</h1>`,
    `<p>Gathered ${escape(formatLondon(gatheredAt))} (UK time) by the Challenge Day bot: ${total} records that name this person.</p>`,
    ...sections,
    '</body></html>',
    '',
  ].join('\n');
}

function valueHtml(value: unknown): string {
  if (value instanceof Date) return `${escape(formatLondon(value))} <small>(${escape(value.toISOString())})</small>`;
  if (Array.isArray(value)) {
    return value.length === 0
      ? '<span class="none">none</span>'
      : `<ul>${value.map((item) => `<li>${valueHtml(item)}</li>`).join('')}</ul>`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return `<dl>${entries.map(([key, inner]) => `<dt>${escape(key)}</dt><dd>${valueHtml(inner)}</dd>`).join('')}</dl>`;
  }
  return escape(String(value));
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
