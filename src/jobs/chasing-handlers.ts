import type { Config } from '../config.js';
import type { ChasingRules } from '../domain/scheduling/chase-actions.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';
import { chaseActionsWhenDue } from './chase-actions.js';
import type { WorkHandlers } from './due-work-runner.js';
import { sendDigestWhenDue } from './send-digest.js';
import { sendEscalationWhenDue } from './send-escalation.js';
import { sendPerformanceSummaryWhenDue } from './send-performance-summary.js';
import { sendReminderWhenDue } from './send-reminder.js';

/** How the action plan is chased, as the configuration sets it. */
export function chasingRules(config: Config): ChasingRules {
  return { reminderDaysBefore: config.REMINDER_DAYS_BEFORE, escalationWorkingDays: config.ESCALATION_WORKING_DAYS };
}

/** The work handlers that chase the action plan: digests, the monthly summary, reminders and escalations. */
export function chasingHandlers(
  stores: Stores,
  rules: ChasingRules,
  logger: Logger,
): Required<Pick<WorkHandlers, 'digest' | 'summary' | 'chasing' | 'reminder' | 'escalation'>> {
  return {
    digest: sendDigestWhenDue(stores, logger),
    summary: sendPerformanceSummaryWhenDue(stores, logger),
    chasing: chaseActionsWhenDue(stores, rules),
    reminder: sendReminderWhenDue(stores, logger),
    escalation: sendEscalationWhenDue(stores, logger),
  };
}
