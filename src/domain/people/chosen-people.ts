import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { PickerScope } from './people-pickers.js';
import type { Person } from './person.js';

/** The county's districts by standing: a retired district is kept, no longer offered. */
export interface CountyDistricts {
  readonly current: readonly string[];
  readonly retired: readonly string[];
}

/**
 * Why a person may not be offered by, or chosen in, a picker of this scope, in words that follow their
 * name; null when they may: someone still in the county's service (a leaver never), in the picker's
 * district and holding one of its roles where it has them, and not only in districts that are retired
 * (in a retired one and in none of the current ones).
 */
export function whyNotChoosable(person: Person, scope: PickerScope, districts: CountyDistricts): string | null {
  if (person.leftAt) return 'has left';
  if (scope.districtId !== undefined && !person.districtIds.includes(scope.districtId))
    return 'does not work in this district';
  if (scope.roles && !scope.roles.some((role) => person.roles.includes(role))) return 'does not hold a role for this';
  const inRetired = person.districtIds.some((id) => districts.retired.includes(id));
  if (inRetired && !person.districtIds.some((id) => districts.current.includes(id)))
    return 'works only in districts that are retired';
  return null;
}

/** One picker's submitted choice: the form field, the ids chosen in it, whom it may offer, what to say. */
export interface ChosenPeople {
  readonly field: string;
  readonly ids: readonly string[];
  readonly scope: PickerScope;
  /** Who may be chosen there, in words: "an owner who works in this district". */
  readonly choose: string;
}

/**
 * A form's chosen people checked against the records, not against what the card offered: a search lets a
 * client send any id, so each must be a person the picker could have offered. Refused field by field.
 */
export function checkChosenPeople(
  chosen: readonly ChosenPeople[],
  found: readonly Person[],
  districts: CountyDistricts,
): Outcome<true> {
  const byId = new Map(found.map((person) => [person._id, person]));
  const errors: Record<string, string> = {};
  for (const { field, ids, scope, choose } of chosen) {
    const problems = ids.flatMap((id) => {
      const person = byId.get(id);
      if (!person) return ['someone the bot does not know'];
      const why = whyNotChoosable(person, scope, districts);
      return why ? [`${person.displayName} ${why}`] : [];
    });
    if (problems.length > 0) errors[field] = `Choose ${choose}: ${problems.join('; ')}.`;
  }
  const messages = Object.values(errors);
  return messages.length === 0 ? succeed(true) : refuse('invalid_input', messages.join(' '), errors);
}
