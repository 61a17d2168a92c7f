import type { District } from '../../districts/district.js';
import { ROLE_LABELS, ROLES, type Role } from '../roles.js';

const key = (text: string) => text.trim().toLowerCase();

const ROLE_BY_NAME = new Map<string, Role>(
  ROLES.flatMap((role) => [
    [key(role), role],
    [key(ROLE_LABELS[role]), role],
  ]),
);

/** The roles as a file may name them, for a refusal that says what would have been understood. */
export const ROLE_NAMES_FOR_PEOPLE = ROLES.map((role) => `${ROLE_LABELS[role]} (${role})`).join(', ');

/** A role by its label or its code, whatever the case: `QA manager`, `qa_manager`. */
export function roleNamed(text: string): Role | undefined {
  return ROLE_BY_NAME.get(key(text));
}

/**
 * Looks districts up by their name or any alias, whatever the case. Names and aliases are unique across the
 * county, so each finds one district; retired ones are found too, for the caller to decide about.
 */
export function districtFinder(districts: readonly District[]): (text: string) => District | undefined {
  const byName = new Map<string, District>();
  for (const district of districts) {
    for (const name of [district.name, ...district.aliases])
      if (!byName.has(key(name))) byName.set(key(name), district);
  }
  return (text) => byName.get(key(text));
}
