import { auditTeamsApart, onBothAuditTeams } from '../../domain/challenge-day/audit-teams-apart.js';
import type { ChosenPeople } from '../../domain/people/chosen-people.js';
import { ATTENDEE_SCOPE, AUDITOR_SCOPE } from '../../domain/people/people-pickers.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { Stores } from '../../store/stores.js';
import { chosenPeopleAllowed } from '../people-pickers/chosen-people-check.js';
import { peopleNames } from '../present/people-names.js';

interface PlanPeople {
  readonly auditTeamIds: readonly string[];
  readonly matAuditTeamIds: readonly string[];
  readonly expectedAttendeeIds: readonly string[];
}

const AUDITORS_CHOICE = 'people who can sit on one (auditors, senior managers, partner agencies)';

/** The people a plan form names, each to be someone its picker could offer (checked before the day is saved). */
export function plannedPeople(plan: PlanPeople): ChosenPeople[] {
  return [
    {
      field: 'auditTeamIds',
      ids: plan.auditTeamIds,
      scope: AUDITOR_SCOPE,
      choose: `the audit team from ${AUDITORS_CHOICE}`,
    },
    {
      field: 'matAuditTeamIds',
      ids: plan.matAuditTeamIds,
      scope: AUDITOR_SCOPE,
      choose: `the MAT audit team from ${AUDITORS_CHOICE}`,
    },
    {
      field: 'expectedAttendeeIds',
      ids: plan.expectedAttendeeIds,
      scope: ATTENDEE_SCOPE,
      choose: 'expected attendees from the people working in the county’s service',
    },
  ];
}

/**
 * A plan form's people checked before the day is saved: each one its picker could offer, and nobody on both
 * audit teams (named, beside the MAT audit team's picker).
 */
export async function plannedPeopleAllowed(stores: Stores, plan: PlanPeople): Promise<Outcome<true>> {
  const chosen = await chosenPeopleAllowed(stores, plannedPeople(plan));
  if (!chosen.ok) return chosen;
  return auditTeamsApart(plan, await peopleNames(stores, onBothAuditTeams(plan)));
}
