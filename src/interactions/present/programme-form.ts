import { renderCard } from '../../cards/render-card.js';
import { actorFor } from '../../domain/people/actor.js';
import { mayManageProgramme } from '../../domain/programme/permissions.js';
import type { Programme } from '../../domain/programme/programme.js';
import { blackoutText, rotaLineText } from '../../domain/programme/set-programme.js';
import type { District } from '../../domain/districts/district.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import type { FormRenderer } from '../verbs/card-verb.js';
import { formReply } from './form-reply.js';

/** The programme as its form's inputs read it, to change it. */
function valuesOf(programme: Programme, districts: readonly District[]): Record<string, string> {
  const name = (id: string) => districts.find((district) => district._id === id)?.name ?? id;
  return {
    rota: programme.rota.map((line) => rotaLineText(line, name(line.districtId))).join('\n'),
    blackouts: programme.blackouts.map(blackoutText).join(', '),
    reminderWeeks: String(programme.reminderWeeks),
  };
}

/** A new year's form: a line for every district in use, every 8 weeks on Wednesdays from the year's start, to change. */
function startingValues(year: string, districts: readonly District[]): Record<string, string> {
  return {
    rota: districts.map((district) => `${district.name}, every 8 weeks, Wednesday, from ${year}-01-04`).join('\n'),
    blackouts: '',
    reminderWeeks: '4',
  };
}

/**
 * The QA manager's form for a year's programme (`programme for 2027`): filled in with the year's rota when one
 * is set, else with a line for each district to change.
 */
export const programmeForm: FormRenderer = async (deps, person, ids, state) => {
  const allowed = mayManageProgramme(actorFor(person));
  if (!allowed.ok) return allowed;
  const year = ids.year ?? '';
  if (!/^20\d{2}$/.test(year))
    return refuse('invalid_input', 'Name the year of the programme, e.g. “programme for 2027”.');
  const [programme, districts] = await Promise.all([
    deps.stores.programmes.forYear(Number(year)),
    deps.stores.districts.all(),
  ]);
  const active = districts.filter((district) => !district.retiredAt);
  const card = renderCard('programme-form', {
    year,
    ...(state.values ? {} : { values: programme ? valuesOf(programme, districts) : startingValues(year, active) }),
    ...state,
  });
  return succeed(formReply(card, `Challenge Day programme for ${year}`, state));
};
