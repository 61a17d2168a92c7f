import { renderCard } from '../../cards/render-card.js';
import { mayRetireDistricts, mayRetireTeams } from '../../domain/districts/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import type { FormRenderer } from '../verbs/card-verb.js';
import { districtHistory } from '../verbs/district-history.js';

/**
 * Asks the QA manager to confirm retiring a district, saying what it means: one with history is kept and no
 * longer offered; one nothing refers to yet is removed.
 */
export const confirmRetireDistrict: FormRenderer = async (deps, person, ids) => {
  const allowed = mayRetireDistricts(actorFor(person));
  if (!allowed.ok) return allowed;
  const district = ids.districtId ? await deps.stores.districts.findById(ids.districtId) : null;
  if (!district) return refuse('not_found', 'That district was not found.');
  if (district.retiredAt) return refuse('invalid_transition', `${district.name} is retired already.`);
  const { hasHistory } = await districtHistory(deps.stores, district._id);
  const message = hasHistory
    ? `${district.name} has history (Challenge Days, actions, linked channels, teams or people), so it is retired, not deleted: its days, actions and reports still read, but it is no longer offered for new work, recognised in questions or sent digests. This cannot be undone in chat.`
    : `Nothing refers to ${district.name} yet (no Challenge Day, action, linked channel, team or person), so it is removed, and its name can be used again.`;
  const title = `Retire ${district.name}?`;
  return succeed({
    card: renderCard('confirm', {
      title,
      message,
      confirmTitle: hasHistory ? `Retire ${district.name}` : `Remove ${district.name}`,
      verb: 'district.retire',
      data: { districtId: district._id },
    }),
    text: `${title} ${message}`,
    audience: 'person',
  });
};

/** Asks the QA manager to confirm retiring a team: it is kept and listed apart, but no longer offered. */
export const confirmRetireTeam: FormRenderer = async (deps, person, ids) => {
  const allowed = mayRetireTeams(actorFor(person));
  if (!allowed.ok) return allowed;
  const team = ids.teamId ? await deps.stores.teams.findById(ids.teamId) : null;
  if (!team) return refuse('not_found', 'That team was not found.');
  if (team.retiredAt) return refuse('invalid_transition', `${team.name} is retired already.`);
  const title = `Retire ${team.name}?`;
  const message = `${team.name} is kept and listed apart as retired. People whose record names it keep that name until their record is changed.`;
  return succeed({
    card: renderCard('confirm', {
      title,
      message,
      confirmTitle: `Retire ${team.name}`,
      verb: 'team.retire',
      data: { teamId: team._id },
    }),
    text: `${title} ${message}`,
    audience: 'person',
  });
};
