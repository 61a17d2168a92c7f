import { refuse, succeed, type Outcome } from './domain-error.js';
import type { Actor } from '../people/actor.js';
import type { Role } from '../people/roles.js';
import { refuseWithHelp, type HelpFrom } from './who-can-help.js';

/**
 * A decision on whether someone may do something: allowed, or refused with the sentence they read. It is
 * an Outcome, so a domain function passes a refusal straight on (`if (!allowed.ok) return allowed`).
 */
export type Permission = Outcome<true>;

export const ALLOWED: Permission = succeed(true);

/**
 * Allowed when `condition` holds; otherwise refused as not allowed, with `refusal` for the person and, where
 * someone can help them, whom to ask (named by the boundary: who-can-help.ts).
 */
export function allowedIf(condition: boolean, refusal: string, help?: HelpFrom): Permission {
  if (condition) return ALLOWED;
  return help ? refuseWithHelp(refusal, help) : refuse('not_allowed', refusal);
}

/** The QA managers: whom to ask about what only they do. */
export const QA_MANAGERS_HELP: HelpFrom = { kind: 'role', roles: ['qa_manager'] };

/** A district's senior and district managers (the QA managers when it has none): whom to ask about its matters. */
export function districtManagersHelp(districtId: string): HelpFrom {
  return { kind: 'role', roles: ['senior_manager', 'district_manager'], districtId };
}

/**
 * The holders of `roles` in the person's own district (QA managers count everywhere), for a refusal made
 * before the matter's district is known; someone in no district is sent to the QA managers.
 */
export function ownDistrictHelp(
  actor: Actor,
  roles: readonly Role[] = ['senior_manager', 'district_manager'],
): HelpFrom {
  const districtId = actor.districtIds[0];
  return districtId ? { kind: 'role', roles, districtId } : QA_MANAGERS_HELP;
}

/**
 * For a verb open to every registered person: whether they may act on the record it names is decided by
 * the domain command itself (the action's owner, the day's audit team), which knows the record.
 */
export function anyRegisteredPerson(): Permission {
  return ALLOWED;
}
