import { findDistrict } from '../questions/match-district.js';
import { readMessage } from '../questions/read-message.js';
import type { District } from './district.js';

/** A command about the county's districts and teams, as written in chat. */
export type DistrictCommand =
  | { readonly kind: 'list_districts' }
  | { readonly kind: 'add_district' }
  | { readonly kind: 'list_teams'; readonly districtId: string }
  | { readonly kind: 'add_team'; readonly districtId: string }
  | { readonly kind: 'unclear'; readonly understood: string; readonly suggestions: readonly string[] };

const LIST_DISTRICTS = /^(?:show |list |see )?(?:me )?(?:the |all |our )?(?:county'?s )?districts(?: please)?$/;
const ADD_DISTRICT = /^(?:add|new|create) (?:a |an |another |new )*district(?: please)?$/;
const LIST_TEAMS = /^(?:show |list |see )?(?:me )?(?:the |all )?teams (?:in|for|of|at) (.+)$/;
const ADD_TEAM = /^(?:add|new|create) (?:a |an |another |new )*team(?: (?:to|in|for|at) (.+))?$/;

/**
 * Reads "districts", "add a district", "teams in Erewash" and "add a team to Erewash"; null for anything
 * else. Districts are named as questions name them (name, MAT locality, alias, small misspellings), among
 * the districts still in use.
 */
export function readDistrictCommand(text: string, districts: readonly District[]): DistrictCommand | null {
  const words = readMessage(text).words;
  if (LIST_DISTRICTS.test(words)) return { kind: 'list_districts' };
  if (ADD_DISTRICT.test(words)) return { kind: 'add_district' };
  const teams = LIST_TEAMS.exec(words);
  if (teams) return withDistrict('list_teams', 'teams in', teams[1] ?? '', districts);
  const addTeam = ADD_TEAM.exec(words);
  if (addTeam) return withDistrict('add_team', 'add a team to', addTeam[1] ?? '', districts);
  return null;
}

function withDistrict(
  kind: 'list_teams' | 'add_team',
  command: string,
  said: string,
  districts: readonly District[],
): DistrictCommand {
  const examples = districts.slice(0, 2).map((district) => `${command} ${district.name}`);
  const found = said ? findDistrict(said, districts) : ({ kind: 'none' } as const);
  if (found.kind === 'found') return { kind, districtId: found.district._id };
  if (found.kind === 'ambiguous') {
    return {
      kind: 'unclear',
      understood: `I understood “${command}”, but “${found.said}” could be ${found.candidates.map((candidate) => candidate.name).join(' or ')}.`,
      suggestions: found.candidates.map((candidate) => `${command} ${candidate.name}`),
    };
  }
  return {
    kind: 'unclear',
    understood: said
      ? `I understood “${command}”, but I know no district in use called “${said}”. Write “districts” to see them.`
      : `I understood “${command}”, but not which district.`,
    suggestions: examples.length > 0 ? examples : [`${command} Chesterfield`],
  };
}
