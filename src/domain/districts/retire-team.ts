import type { AuditEvent } from '../audit/audit-event.js';
import { recordChangeAudit } from '../audit/record-change-audit.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { ChangeContext } from './change-team.js';
import { mayRetireTeams } from './permissions.js';
import type { Team } from './team.js';

/** Retires a team: it is kept and listed apart, but no longer offered. */
export function retireTeam(team: Team, context: ChangeContext): Outcome<{ team: Team; audit: AuditEvent }> {
  const allowed = mayRetireTeams(context.actor);
  if (!allowed.ok) return allowed;
  if (team.retiredAt) return refuse('invalid_transition', `${team.name} is retired already.`);
  const retired: Team = { ...team, retiredAt: context.now };
  return succeed({
    team: retired,
    audit: recordChangeAudit('team', team, retired, { transition: 'retire', ...context, at: context.now }),
  });
}
