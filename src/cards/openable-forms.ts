/**
 * Forms a button can open (verb `form.open`): the channel renders the named form for the record in the
 * button's data and shows it (Teams: a new card; Slack: a modal).
 */
export const OPENABLE_FORMS = [
  'plan',
  'notice-reply',
  'case-finding',
  'focus-group',
  'observed-visit',
  'action-request-date-change',
  'action-add-progress',
  'action-complete',
  'action-decline-date-change',
  'action-reopen',
  'report-action',
] as const;
export type OpenableForm = (typeof OPENABLE_FORMS)[number];
