import { mayAskWhoOwnsMostOverdue, mayListActionsIn } from '../action/permissions.js';
import { hasRole, type Actor } from '../people/actor.js';
import { succeed, type Outcome } from '../shared/domain-error.js';
import { londonCalendarDate } from '../shared/london-time.js';
import type { TopOverdueOwnersQuery } from './query.js';

/** One owner and how many overdue actions they hold. */
export interface OwnerCount {
  readonly ownerId: string;
  readonly count: number;
}

export interface TopOwnersPorts {
  /**
   * The owners holding most outstanding actions due before `dueBefore`, most first (then by id), at most
   * `limit`; only in these districts, or in every district when absent.
   */
  overdueCountsByOwner(
    districtIds: readonly string[] | undefined,
    dueBefore: Date,
    limit: number,
  ): Promise<OwnerCount[]>;
}

/** How many owners an answer names when the question does not say ("top 3"), and the most it ever names. */
export const TOP_OWNERS_SHOWN = 5;
export const TOP_OWNERS_AT_MOST = 20;

/**
 * "who owns the most overdue actions?": for managers, the people holding most overdue actions in the
 * districts they manage (QA managers: the county; or the one district named), with how many each. Names
 * and counts only: no action's wording, so no case's detail.
 */
export async function answerTopOverdueOwners(
  ports: TopOwnersPorts,
  query: TopOverdueOwnersQuery,
  actor: Actor,
  now: Date,
): Promise<Outcome<{ owners: OwnerCount[]; limit: number }>> {
  const allowed = mayAskWhoOwnsMostOverdue(actor);
  if (!allowed.ok) return allowed;
  if (query.districtId) {
    const inDistrict = mayListActionsIn(actor, query.districtId);
    if (!inDistrict.ok) return inDistrict;
  }
  const districtIds = query.districtId
    ? [query.districtId]
    : hasRole(actor, 'qa_manager')
      ? undefined
      : actor.districtIds;
  const limit = Math.min(query.limit ?? TOP_OWNERS_SHOWN, TOP_OWNERS_AT_MOST);
  const owners = await ports.overdueCountsByOwner(districtIds, londonCalendarDate(now), limit);
  return succeed({ owners, limit });
}
