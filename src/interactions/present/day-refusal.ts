import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import type { DayHelpers } from '../../domain/challenge-day/day-refusal.js';
import type { InteractionDeps } from '../interaction-deps.js';

/** Who can add someone to a day, as a refusal names them: its planner and the QA managers still in post. */
export function dayHelpersOf(stores: InteractionDeps['stores']): (day: ChallengeDay) => Promise<DayHelpers> {
  return async (day) => {
    const [planner, qaManagers] = await Promise.all([
      stores.people.findById(day.plannedById),
      stores.people.withRole('qa_manager'),
    ]);
    return {
      planner: planner && !planner.leftAt ? planner : null,
      qaManagers: qaManagers.filter((person) => !person.leftAt),
    };
  };
}
