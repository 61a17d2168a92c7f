/**
 * Where an action stands. "Overdue" is deliberately not a status: it follows from the due date and today's
 * date in Europe/London, so it can never be stale (see overdue.ts).
 */
export const ACTION_STATUSES = ['open', 'acknowledged', 'in_progress', 'completed', 'verified'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  completed: 'Completed, awaiting verification',
  verified: 'Verified complete',
};

/** Statuses in which the owner still has something to do, so the due date still matters. */
export const OUTSTANDING_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'acknowledged', 'in_progress'];

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
