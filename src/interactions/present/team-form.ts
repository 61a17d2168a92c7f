import { CARD_LIMITS } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import type { District } from '../../domain/districts/district.js';
import { mayAddTeams, mayChangeTeams } from '../../domain/districts/permissions.js';
import type { Team } from '../../domain/districts/team.js';
import { actorFor } from '../../domain/people/actor.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { Person } from '../../domain/people/person.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import type { Reply } from '../reply.js';
import type { FormRecordIds, FormRenderer } from '../verbs/card-verb.js';
import { formReply } from './form-reply.js';

/**
 * The team and district a team form or command is about: the team (to change it) with its district, or the
 * district alone (to add a team to it). Ids that lead nowhere, or to a retired district, are answered plainly.
 */
export async function teamAndDistrict(
  deps: InteractionDeps,
  ids: FormRecordIds,
): Promise<Outcome<{ team: Team | null; district: District }>> {
  const team = ids.teamId ? await deps.stores.teams.findById(ids.teamId) : null;
  if (ids.teamId && !team) return refuse('not_found', 'That team was not found.');
  const districtId = team?.districtId ?? ids.districtId;
  const district = districtId ? await deps.stores.districts.findById(districtId) : null;
  if (!district) return refuse('not_found', 'That district was not found.');
  if (district.retiredAt) {
    return refuse('invalid_transition', `${district.name} is retired, so its teams cannot be added or changed.`);
  }
  if (team?.retiredAt) return refuse('invalid_transition', `${team.name} is retired, so it cannot be changed.`);
  return succeed({ team, district });
}

/**
 * The team form: a new team of a district (its `districtId`), or a team (its `teamId`) filled in to rename it
 * or give it another manager or site (the district's or the MAT locality's); the manager is chosen from the district's people still in service.
 */
export const teamForm: FormRenderer = async (deps, person, ids, state) => {
  const actor = actorFor(person);
  const allowed = ids.teamId ? mayChangeTeams(actor) : mayAddTeams(actor);
  if (!allowed.ok) return allowed;
  const found = await teamAndDistrict(deps, ids);
  if (!found.ok) return found;
  const { team, district } = found.value;
  const chosenManager = state.values?.managerId ?? team?.managerId;
  const managers = await peoplePickerData(
    deps.stores,
    { kind: 'team_managers', districtId: district._id },
    { districtId: district._id },
    idsInValue(chosenManager),
    CARD_LIMITS.teamManagerChoices,
  );
  const card = renderCard('team-form', {
    districtId: district._id,
    districtName: district.name,
    matLocality: district.matLocality,
    teamId: team?._id ?? '',
    teamName: team?.name ?? '',
    managers,
    ...(team && !state.values
      ? { values: { name: team.name, managerId: team.managerId, site: team.site ?? 'district' } }
      : {}),
    ...state,
  });
  return succeed(formReply(card, team ? `Change ${team.name}` : `Add a team to ${district.name}`, state));
};

/**
 * The team form shown again with what the person wrote and, beside the input at fault, why it was refused;
 * a refusal about nothing on the form passes on as it is.
 */
export async function teamFormAgain(
  deps: InteractionDeps,
  person: Person,
  ids: FormRecordIds,
  written: { readonly name: string; readonly managerId: string; readonly site?: string },
  refused: Outcome<never>,
): Promise<Outcome<Reply>> {
  if (refused.ok || Object.keys(refused.error.details).length === 0) return refused;
  const shown = await teamForm(deps, person, ids, { values: written, errors: refused.error.details });
  return shown.ok ? shown : refused;
}
