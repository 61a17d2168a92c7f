import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';

/*
 * The commands a manager types to keep the county's people current, one person at a time:
 * "add a person", "people in Chesterfield", "change Helen Ward", "Helen Ward has left".
 * Each reader takes the first line only and returns null for anything else, so the message is then read
 * as a question as before.
 */

const POLITE = String.raw`(?:please\s+|can\s+you\s+|could\s+you\s+)?`;
const END = String.raw`\s*[.!?]*\s*$`;

const ADD_PERSON = new RegExp(
  String.raw`^\s*${POLITE}(?:add|register)\s+(?:(?:a|an|new)\s+)*(?:person|someone|somebody|staff\s+member|member\s+of\s+staff|starter)${END}`,
  'i',
);
const PEOPLE_IN = new RegExp(
  String.raw`^\s*${POLITE}(?:show\s+|list\s+)?(?:the\s+)?(?:people|staff)\s+(?:in|of|at)\s+(.+?)${END}`,
  'i',
);
const CHANGE_PERSON = new RegExp(String.raw`^\s*${POLITE}(?:change|edit|update)\s+(.+?)${END}`, 'i');
const PERSON_LEFT = new RegExp(
  String.raw`^\s*(.+?)\s+(?:has|have)\s+left(?:\s+(?:the\s+)?(?:service|county|council|team))?${END}`,
  'i',
);

/** A person's name as a manager types it: two to five words of letters, apostrophes, hyphens and dots. */
const PERSON_NAME = /^[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,4}$/u;
/** Words that show a "change …" message is about something other than a person ("change the due date"). */
const NOT_IN_A_NAME =
  /\b(?:the|my|a|an|this|that|our|your|challenge|day|digest|date|due|report|action|actions|plan|priority|priorities|schedule|weekly|channel|district|sample|owner|finding|findings|notice|reply|answer|progress|focus|group|visit|role|roles|email|name|settings)\b/i;

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? '';
}

/** A name as typed, or null when the words cannot be someone's name. */
function personName(words: string): string | null {
  const name = words.replace(/\s+/g, ' ').trim();
  return PERSON_NAME.test(name) && !NOT_IN_A_NAME.test(name) ? name : null;
}

/** "add a person", "add someone", "register a new member of staff". */
export function readAddPerson(text: string): true | null {
  return ADD_PERSON.test(firstLine(text)) ? true : null;
}

/** "people in Chesterfield", "staff in NE Derbyshire": the district named, or what was said when none matched. */
export function readPeopleIn(
  text: string,
  districts: readonly District[],
): { readonly districtId: string } | { readonly said: string } | null {
  const said = PEOPLE_IN.exec(firstLine(text))?.[1]?.trim();
  if (!said) return null;
  const found = findDistrict(said.toLowerCase(), districts);
  return found.kind === 'found' ? { districtId: found.district._id } : { said };
}

/** "change Helen Ward", "edit Jo Bennett": the name, when the words can be one. */
export function readChangePerson(text: string): { readonly name: string } | null {
  const words = CHANGE_PERSON.exec(firstLine(text))?.[1];
  const name = words ? personName(words) : null;
  return name ? { name } : null;
}

/** "Helen Ward has left", "Jo Bennett has left the service": the name, when the words can be one. */
export function readPersonLeft(text: string): { readonly name: string } | null {
  const words = PERSON_LEFT.exec(firstLine(text))?.[1]?.replace(/^(?:please\s+note\s+(?:that\s+)?)/i, '');
  const name = words ? personName(words) : null;
  return name ? { name } : null;
}
