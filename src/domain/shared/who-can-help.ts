import { askPlanner } from '../challenge-day/day-refusal.js';
import { either } from '../people/not-registered.js';
import type { Person } from '../people/person.js';
import type { Role } from '../people/roles.js';
import { DomainError, type DomainErrorReason, type Outcome } from './domain-error.js';

/**
 * Who can help someone who was refused, as the rule that refused them knows it: the holders of a role (in
 * the matter's district, where it is a district's), an action's owner, or the planner of a day. A refusal
 * carries this with its reason; the boundary reads those people and `askForHelp` words whom to ask, so every
 * refusal says why and who can help, by name, in one shape.
 */
export type HelpFrom =
  | { readonly kind: 'role'; readonly roles: readonly Role[]; readonly districtId?: string }
  | { readonly kind: 'action_owner'; readonly ownerId: string; readonly districtId: string }
  | { readonly kind: 'day_planner'; readonly plannedById: string };

/**
 * The people the store read for a HelpFrom — always the QA managers, who can help when nobody closer can —
 * and the name of its district, if it names one. Leavers may be among them; they are never named.
 */
export interface PossibleHelpers {
  readonly people: readonly Pick<Person, '_id' | 'displayName' | 'roles' | 'districtIds' | 'managerId' | 'leftAt'>[];
  readonly districtName?: string;
}

type Helper = PossibleHelpers['people'][number];

/** Refused with `why`, and the people who can help, named once the boundary has read them. */
export function refuseWithHelp<T = never>(
  why: string,
  help: HelpFrom,
  reason: DomainErrorReason = 'not_allowed',
  details?: Record<string, string>,
): Outcome<T> {
  return { ok: false, error: new DomainError(reason, why, details, help) };
}

/** The people of a HelpFrom among those read, without leavers and without the person who asked. */
function holders(possible: PossibleHelpers, askerId: string, roles: readonly Role[], districtId?: string): Helper[] {
  return possible.people.filter(
    (person) =>
      !person.leftAt &&
      person._id !== askerId &&
      person.roles.some(
        (role) =>
          roles.includes(role) &&
          // QA managers work across the county, so they help in every district.
          (districtId === undefined || role === 'qa_manager' || person.districtIds.includes(districtId)),
      ),
  );
}

const names = (people: readonly Helper[]): string => either([...new Set(people.map((person) => person.displayName))]);

/** "a QA manager", "a QA manager or senior manager", "a manager of Chesterfield", "a senior manager of Erewash". */
function groupOf(roles: readonly Role[], districtName: string | undefined): string {
  const managers = roles.length === 2 && roles.includes('senior_manager') && roles.includes('district_manager');
  const words = managers
    ? 'manager'
    : roles.map((role) => (role === 'qa_manager' ? 'QA manager' : role.replace('_', ' '))).join(' or ');
  // "of Chesterfield" only where every role named is the district's own: QA managers are the county's.
  return districtName && !roles.includes('qa_manager') ? `a ${words} of ${districtName}` : `a ${words}`;
}

const NOBODY = 'Ask whoever runs the bot for your county.';

function askQaManagers(possible: PossibleHelpers, askerId: string): string {
  const qa = holders(possible, askerId, ['qa_manager']);
  return qa.length === 0 ? NOBODY : `Ask a QA manager, ${names(qa)}.`;
}

/**
 * Whom a refused person is told to ask, by name: e.g. "Ask a manager of Chesterfield, Dee Watts or Sue
 * Marsh." The asker is never told to ask themselves; with nobody nearer, the QA managers are named.
 */
export function askForHelp(help: HelpFrom, possible: PossibleHelpers, askerId: string): string {
  switch (help.kind) {
    case 'role': {
      const found = holders(possible, askerId, help.roles, help.districtId);
      if (found.length === 0) return askQaManagers(possible, askerId);
      return `Ask ${groupOf(help.roles, help.districtId && possible.districtName)}, ${names(found)}.`;
    }
    case 'action_owner': {
      const owner = possible.people.find((person) => person._id === help.ownerId && !person.leftAt);
      const lineManager = possible.people.find(
        (person) => person._id === owner?.managerId && !person.leftAt && person._id !== askerId,
      );
      const managers = holders(possible, askerId, ['senior_manager', 'district_manager'], help.districtId);
      const nearer = lineManager
        ? `their line manager, ${lineManager.displayName}`
        : managers.length > 0 && `a manager of ${possible.districtName ?? 'its district'}, ${names(managers)}`;
      if (!owner || owner._id === askerId) return nearer ? `Ask ${nearer}.` : askQaManagers(possible, askerId);
      return `Ask its owner, ${owner.displayName}${nearer ? `, or ${nearer}` : ''}.`;
    }
    case 'day_planner': {
      const planner = possible.people.find((person) => person._id === help.plannedById && !person.leftAt);
      if (!planner || planner._id === askerId) return askQaManagers(possible, askerId);
      return askPlanner({ planner, qaManagers: holders(possible, askerId, ['qa_manager']) }, '');
    }
  }
}

/** The refusal's sentence with whom to ask after it. */
export function explainedRefusal(why: string, help: HelpFrom, possible: PossibleHelpers, askerId: string): string {
  return `${why} ${askForHelp(help, possible, askerId)}`;
}
