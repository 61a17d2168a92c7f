import { mayReplyToNotice } from '../notice/permissions.js';
import type { Actor } from '../people/actor.js';
import { either } from '../people/not-registered.js';
import type { Person } from '../people/person.js';
import type { ChallengeDay } from './challenge-day.js';
import { refuse, type Outcome } from '../shared/domain-error.js';

export const DAY_NOT_FOUND = 'That Challenge Day was not found.';

/** Who can put a person on a day: the QA manager who planned it, and the county's other QA managers. */
export interface DayHelpers {
  readonly planner: Pick<Person, '_id' | 'displayName'> | null;
  readonly qaManagers: readonly Pick<Person, '_id' | 'displayName'>[];
}

/** What a person was refused on a day they know of, in words that finish "so you cannot …". */
export type DayRefusalKind = 'not_on_audit_team' | 'not_part_of_day';

/**
 * Whoever had the day's 48-hour notice may know it exists, so a refusal may say why; anyone else is told
 * only that it was not found, so that its district, sites and people stay unseen.
 */
export function mayKnowOfDay(actor: Actor, day: ChallengeDay): boolean {
  return mayReplyToNotice(actor, day);
}

const WHY: Record<DayRefusalKind, string> = {
  not_on_audit_team: 'You are not on this Challenge Day’s audit team, so you cannot record its case findings.',
  not_part_of_day:
    'You are not on this Challenge Day’s audit team and do not work in its district, so you cannot record anything on it.',
};

/** "Ask Priya Shah, who planned it, or another QA manager, Quinn Taylor, to add you to its audit team." */
export function whoCanAddYou(helpers: DayHelpers): string {
  return askPlanner(helpers, ' to add you to its audit team');
}

/** "Ask Priya Shah, who planned it, or another QA manager, Quinn Taylor." */
export function whoCanAskAbout(helpers: DayHelpers): string {
  return askPlanner(helpers, '');
}

/** Whom to ask about a day: its planner, then the county's other QA managers; `purpose` ends the sentence. */
export function askPlanner(helpers: DayHelpers, purpose: string): string {
  const others = either(
    helpers.qaManagers.filter((person) => person._id !== helpers.planner?._id).map((person) => person.displayName),
  );
  const many = helpers.qaManagers.length > 1;
  const ask = helpers.planner
    ? `${helpers.planner.displayName}, who planned it${others ? `, or another QA manager, ${others}` : ''}`
    : others && `${many ? 'a QA manager' : 'your QA manager'}, ${others}`;
  if (!ask) return `Ask whoever runs the bot for your county${purpose}.`;
  return `Ask ${ask}${purpose ? `,${purpose}` : ''}.`;
}

/** Why the person was refused, and who can help: only ever said to someone who may know of the day. */
export function dayRefusalMessage(kind: DayRefusalKind, helpers: DayHelpers): string {
  return `${WHY[kind]} ${whoCanAddYou(helpers)}`;
}

/**
 * Refuses a person something on a day: someone who had its notice is told why and who can add them, by
 * name; anyone else only that it was not found.
 */
export async function refuseOnDay(
  actor: Actor,
  day: ChallengeDay,
  kind: DayRefusalKind,
  helpersOf: (day: ChallengeDay) => Promise<DayHelpers>,
): Promise<Outcome<never>> {
  if (!mayKnowOfDay(actor, day)) return refuse('not_found', DAY_NOT_FOUND);
  return refuse('not_allowed', dayRefusalMessage(kind, await helpersOf(day)));
}
