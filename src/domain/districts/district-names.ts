import type { District } from './district.js';

/** A name as it is compared: trimmed, single-spaced, ignoring case ("North  East" is "north east"). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** A name another district already answers to, and how. */
export interface NameClash {
  readonly said: string;
  /** Which input of the form held it. */
  readonly input: 'name' | 'aliases';
  readonly district: District;
  readonly as: 'name' | 'alias';
}

/**
 * The first of a district's name and aliases that another district (retired ones too: their history still
 * reads by name) already has as its name or an alias, ignoring case; null when every name is free.
 * `exceptId` is the district being changed, whose own names are no clash.
 */
export function findNameClash(
  names: { readonly name: string; readonly aliases: readonly string[] },
  districts: readonly District[],
  exceptId?: string,
): NameClash | null {
  const said = [names.name, ...names.aliases];
  for (const [position, text] of said.entries()) {
    const input = position === 0 ? 'name' : 'aliases';
    for (const district of districts) {
      if (district._id === exceptId) continue;
      if (nameKey(district.name) === nameKey(text)) return { said: text, input, district, as: 'name' };
      if (district.aliases.some((alias) => nameKey(alias) === nameKey(text))) {
        return { said: text, input, district, as: 'alias' };
      }
    }
  }
  return null;
}

/** The refusal naming the clash: which name, and which district already answers to it. */
export function describeClash(clash: NameClash): string {
  const retired = clash.district.retiredAt ? ' (retired)' : '';
  return clash.as === 'name'
    ? `There is already a district called ${clash.district.name}${retired}: district names and aliases must differ, ignoring case.`
    : `“${clash.said}” is already an alias of ${clash.district.name}${retired}: district names and aliases must differ, ignoring case.`;
}

/** The refusal keyed by the form's input that holds the clashing name, to show it beside that input. */
export function clashByInput(clash: NameClash): Record<string, string> {
  return { [clash.input]: describeClash(clash) };
}

/** The aliases as given, without blanks, repeats (ignoring case) or the district's own name. */
export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const kept: string[] = [];
  for (const alias of aliases) {
    const key = nameKey(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias.trim().replace(/\s+/g, ' '));
  }
  return kept;
}
