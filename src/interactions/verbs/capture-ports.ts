import type { CapturePorts } from '../../domain/capture/submit-capture.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { dayHelpersOf } from '../present/day-refusal.js';

/** What recording focus-group feedback or an observed visit needs from the store. */
export function capturePorts(deps: InteractionDeps): CapturePorts {
  return {
    findChallengeDay: (id) => deps.stores.challengeDays.findById(id),
    submitFocusGroupFeedback: (feedback) => deps.stores.focusGroupFeedback.submit(feedback),
    submitObservedVisit: (visit) => deps.stores.observedVisits.submit(visit),
    dayHelpers: dayHelpersOf(deps.stores),
  };
}
