import { AUDIT_DOMAINS } from '../case-finding/audit-domains.js';
import type { CaseFinding } from '../case-finding/case-finding.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import type { FocusGroupFeedback } from '../capture/focus-group-feedback.js';
import type { ObservedVisit } from '../capture/observed-visit.js';
import type { ThemeSource, ThemedRecord } from './theme-counts.js';

/** What was captured on some Challenge Days, with the days themselves. */
export interface CapturedOnDays {
  readonly days: readonly ChallengeDay[];
  readonly findings: readonly CaseFinding[];
  readonly focusGroups: readonly FocusGroupFeedback[];
  readonly visits: readonly ObservedVisit[];
}

/**
 * The records that carry themes, as theme counting sees them: the day and district, the themes and the
 * free text (never the author, the case reference, the worker's reference or a safeguarding reason).
 */
export function themedRecords({ days, findings, focusGroups, visits }: CapturedOnDays): ThemedRecord[] {
  const dayById = new Map(days.map((day) => [day._id, day]));
  const record = (
    source: ThemeSource,
    challengeDayId: string,
    themeIds: readonly string[] | undefined,
    texts: (string | undefined)[],
  ): ThemedRecord[] => {
    const day = dayById.get(challengeDayId);
    if (!day || !themeIds || themeIds.length === 0) return [];
    const written = texts.filter((text): text is string => text !== undefined);
    return [{ source, themeIds, challengeDayId, districtId: day.districtId, dayDate: day.date, texts: written }];
  };
  return [
    ...findings.flatMap((finding) =>
      record('case_finding', finding.challengeDayId, finding.learningThemeIds, [
        finding.strengths,
        finding.areasForImprovement,
        ...AUDIT_DOMAINS.map((domain) => finding.domains[domain].comment),
      ]),
    ),
    ...focusGroups.flatMap((feedback) =>
      record('focus_group', feedback.challengeDayId, feedback.learningThemeIds, [
        feedback.working,
        feedback.worries,
        feedback.ideas,
      ]),
    ),
    ...visits.flatMap((visit) =>
      record('observed_visit', visit.challengeDayId, visit.learningThemeIds, [
        visit.observed,
        visit.feedbackGiven,
        visit.learning,
      ]),
    ),
  ];
}
