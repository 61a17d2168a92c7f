import type { ParsedQuestion } from './query.js';

/**
 * Whether a question may be answered after the person was told "working on it" (a Record, so a new kind of
 * question fails the build until it is decided here). Only what changes nothing may: a command that writes
 * and is still running when the person's wait ends keeps its "not done yet, try again" answer, as sending it
 * again is safe and waiting on would leave them unsure whether it happened. Forms are not answered later
 * either: Slack opens one only within seconds of the command.
 */
const ANSWERED_LATER: Record<ParsedQuestion['kind'], boolean> = {
  help: true,
  unclear: true,
  actions: true,
  export_actions: true,
  notice_not_replied: true,
  failed_deliveries: true,
  case_audit_trail: true,
  challenge_day: true,
  awaiting_my_decision: true,
  count_actions: true,
  top_overdue_owners: true,
  performance_figures: true,
  themes: true,
  overdue_districts: true,
  link_channel: false,
  unlink_channel: false,
  plan_challenge_day: false,
  open_capture_form: false,
};

export function mayAnswerLater(question: ParsedQuestion): boolean {
  return ANSWERED_LATER[question.kind];
}
