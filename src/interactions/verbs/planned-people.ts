import type { ChosenPeople } from '../../domain/people/chosen-people.js';
import { ATTENDEE_SCOPE, AUDITOR_SCOPE } from '../../domain/people/people-pickers.js';

/** The people a plan form names, each to be someone its picker could offer (checked before the day is saved). */
export function plannedPeople(plan: {
  readonly auditTeamIds: readonly string[];
  readonly expectedAttendeeIds: readonly string[];
}): ChosenPeople[] {
  return [
    {
      field: 'auditTeamIds',
      ids: plan.auditTeamIds,
      scope: AUDITOR_SCOPE,
      choose: 'the audit team from people who can sit on one (auditors, senior managers, partner agencies)',
    },
    {
      field: 'expectedAttendeeIds',
      ids: plan.expectedAttendeeIds,
      scope: ATTENDEE_SCOPE,
      choose: 'expected attendees from the people working in the county’s service',
    },
  ];
}
