import { refuse, succeed, type Outcome } from '../shared/domain-error.js';

type PlannedTeams = { readonly auditTeamIds: readonly string[]; readonly matAuditTeamIds?: readonly string[] };

/** Who a plan puts on both audit teams: an auditor works on one site for the day, so this must be empty. */
export function onBothAuditTeams(plan: PlannedTeams): string[] {
  return plan.auditTeamIds.filter((id) => plan.matAuditTeamIds?.includes(id) ?? false);
}

/**
 * The district and MAT audit teams audit on two sites at once, and cases are allocated within each team, so
 * nobody may be on both. `names` words the refusal (the form's names for the people); without it, how many.
 */
export function auditTeamsApart(plan: PlannedTeams, names: ReadonlyMap<string, string> = new Map()): Outcome<true> {
  const both = onBothAuditTeams(plan);
  if (both.length === 0) return succeed(true);
  const who = both.map((id) => names.get(id)).filter((name) => name !== undefined);
  const whom =
    who.length === both.length
      ? `${who.join(', ')} ${both.length === 1 ? 'is' : 'are'}`
      : `${both.length} ${both.length === 1 ? 'person is' : 'people are'}`;
  const message = `${whom} on both the district and the MAT audit team. The two teams audit on their own sites at the same time: put each auditor on one of them.`;
  return refuse('invalid_input', message, { matAuditTeamIds: message });
}
