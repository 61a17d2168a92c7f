import { refuseWithHelp } from '../shared/who-can-help.js';
import { hasRole, type Actor } from '../people/actor.js';
import type { Role } from '../people/roles.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { CommandContext } from '../action/lifecycle.js';
import type { ChallengeDay, ChallengeDayStatus } from './challenge-day.js';

interface Transition {
  /** How the step reads in a refusal: "… so it cannot be <verb> now". */
  readonly verb: string;
  readonly from: readonly ChallengeDayStatus[];
  readonly to: ChallengeDayStatus;
  /** Roles allowed to make the step; the bot's clock may make it too when `bySystem` is set. */
  readonly roles: readonly Role[];
  readonly bySystem: boolean;
  readonly refusal: string;
}

/**
 * The Challenge Day lifecycle as a table: planned → announced (the 48-hour notice) → in progress →
 * report drafted → verified → circulated → closed, and cancelled from any step before the report.
 */
export const CHALLENGE_DAY_TRANSITIONS = {
  announce: {
    verb: 'announced',
    from: ['planned'],
    to: 'announced',
    roles: ['qa_manager'],
    bySystem: true,
    refusal: 'Only a QA manager can send the notice early.',
  },
  start: {
    verb: 'started',
    from: ['announced'],
    to: 'in_progress',
    roles: ['qa_manager'],
    bySystem: true,
    refusal: 'Only a QA manager can start the day.',
  },
  draft_report: {
    verb: 'given a draft report',
    from: ['in_progress'],
    to: 'report_drafted',
    roles: ['qa_manager'],
    bySystem: false,
    refusal: 'Only a QA manager drafts the report.',
  },
  verify: {
    verb: 'verified',
    from: ['report_drafted'],
    to: 'verified',
    roles: ['senior_manager'],
    bySystem: false,
    refusal: 'Only a senior manager can verify the report.',
  },
  circulate: {
    verb: 'circulated',
    from: ['verified'],
    to: 'circulated',
    roles: ['qa_manager'],
    bySystem: true,
    refusal: 'Only a QA manager can circulate the report.',
  },
  close: {
    verb: 'closed',
    from: ['circulated'],
    to: 'closed',
    roles: ['qa_manager'],
    bySystem: true,
    refusal: 'Only a QA manager can close a Challenge Day.',
  },
  cancel: {
    verb: 'cancelled',
    from: ['planned', 'announced', 'in_progress'],
    to: 'cancelled',
    roles: ['qa_manager'],
    bySystem: false,
    refusal: 'Only a QA manager can cancel a Challenge Day.',
  },
} as const satisfies Record<string, Transition>;

export type ChallengeDayTransition = keyof typeof CHALLENGE_DAY_TRANSITIONS;

const STATUS_WORDS: Record<ChallengeDayStatus, string> = {
  planned: 'planned',
  announced: 'announced',
  in_progress: 'in progress',
  report_drafted: 'waiting for its report to be verified',
  verified: 'verified',
  circulated: 'circulated',
  closed: 'closed',
  cancelled: 'cancelled',
};

/** Moves a Challenge Day one step, or says why it cannot move. */
export function transitionChallengeDay(
  day: ChallengeDay,
  name: ChallengeDayTransition,
  context: CommandContext,
  note?: string,
): Outcome<ChallengeDay> {
  const transition: Transition = CHALLENGE_DAY_TRANSITIONS[name];
  if (!mayMake(context.actor, transition)) {
    return refuseWithHelp(transition.refusal, { kind: 'day_planner', plannedById: day.plannedById });
  }
  if (!transition.from.includes(day.status)) {
    return refuse(
      'invalid_transition',
      `This Challenge Day is ${STATUS_WORDS[day.status]}, so it cannot be ${transition.verb} now.`,
      {
        challengeDayId: day._id,
        status: day.status,
      },
    );
  }
  const entry = {
    commandId: context.commandId,
    transition: name,
    actorId: context.actor.id,
    at: context.now,
    from: day.status,
    to: transition.to,
    ...(note === undefined ? {} : { note }),
  };
  return succeed({ ...day, status: transition.to, history: [...day.history, entry] });
}

function mayMake(actor: Actor, transition: Transition): boolean {
  return actor.isSystem ? transition.bySystem : hasRole(actor, ...transition.roles);
}
