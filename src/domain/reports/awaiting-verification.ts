import type { Actor } from '../people/actor.js';
import { mayDecideOnReport } from './permissions.js';
import type { Report } from './report.js';

/**
 * The submitted reports waiting for this person's verification: those of the districts they are a senior
 * manager in, but never one they drafted themselves.
 */
export function reportsAwaitingVerificationBy(submitted: readonly Report[], actor: Actor): Report[] {
  return submitted.filter(
    (report) =>
      report.status === 'submitted' &&
      mayDecideOnReport(actor, report) &&
      actor.districtIds.includes(report.districtId),
  );
}
