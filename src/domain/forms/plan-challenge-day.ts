import { INTELLIGENCE_SOURCES } from '../challenge-day/service-priorities.js';
import { entityId } from '../shared/fields.js';
import { commaSeparated, idList, isoDateText, listPosition, timeOfDay } from './form-fields.js';
import { MAX_SERVICE_PRIORITIES } from './focus-group.js';
import { optionalTextWithoutIdentity, siteText } from './identity-free-text.js';
import { strictForm } from './strict-form.js';
import { z } from 'zod/v4';

/**
 * The QA manager's plan for a Challenge Day. Focus areas are positions in the service priorities (their
 * wording contains commas, which a multi-select would split); the handler turns them into the text the
 * domain's PlanChallengeDay takes.
 */
export const planChallengeDaySubmissionSchema = strictForm({
  districtId: z.string({ error: 'Choose the district.' }).pipe(entityId),
  date: isoDateText('the date of the day'),
  startTime: timeOfDay('the start time'),
  districtSite: siteText(200, 'where the district team will be'),
  matSite: siteText(200, 'where the MAT will be'),
  focusAreas: commaSeparated(listPosition(MAX_SERVICE_PRIORITIES), MAX_SERVICE_PRIORITIES, 'focus areas').refine(
    (areas) => areas.length > 0,
    { error: 'Choose at least one focus area.' },
  ),
  intelligence: commaSeparated(z.enum(INTELLIGENCE_SOURCES), INTELLIGENCE_SOURCES.length, 'sources'),
  intelligenceNotes: optionalTextWithoutIdentity(4000, 'the intelligence'),
  auditTeamIds: idList(60, 'auditors'),
  /** Absent on a plan form sent before days had a MAT audit team: one team, as then. */
  matAuditTeamIds: idList(60, 'auditors'),
  expectedAttendeeIds: idList(500, 'people'),
}).transform(({ districtSite, matSite, focusAreas, intelligenceNotes, ...plan }) => ({
  ...plan,
  sites: { district: districtSite, mat: matSite },
  focusAreaPositions: focusAreas,
  ...(intelligenceNotes ? { intelligenceNotes } : {}),
}));
export type PlanChallengeDaySubmission = typeof planChallengeDaySubmissionSchema._zod.output;
