import type { Fact } from '../../cards/card-data.js';
import { maskIdentityData } from '../../domain/case-finding/identity-patterns.js';
import type { District } from '../../domain/districts/district.js';
import type { SiteRecords } from '../../domain/reports/records-by-site.js';
import { gradeCountsText, summariseDay } from '../../domain/reports/summarise-day.js';
import { caseSectionsOf, gradeRows, type SiteSection } from './report-view.js';

/**
 * The report's District and MAT sections, from the day's records site by site: each site's audit team by
 * name, what was looked at there, its grades, its notes case by case (for those who need to know the cases)
 * and what its visits showed. Focus groups are the day's, not a site's: they stay in the combined summary.
 */
export function siteSections(
  bySite: readonly SiteRecords[],
  district: Pick<District, 'matLocality'> & { readonly districtName: string },
  nameOf: (personId: string) => string,
  withCaseSections: boolean,
): SiteSection[] {
  return bySite.map(({ site, auditorIds, findings, visits }) => {
    // Recommendations become the day's actions once, from the whole day; a site's own owner is not needed here.
    const summary = summariseDay(findings, [], visits, '');
    return {
      heading: site === 'mat' ? `MAT: ${district.matLocality}` : `District: ${district.districtName}`,
      auditTeamNames: auditorIds.map(nameOf),
      looked: {
        cases: summary.findingCount,
        observedVisits: summary.observedVisitCount,
        safeguardingConcerns: summary.safeguardingConcernCount,
      },
      grades: gradeRows(summary),
      caseSections: caseSectionsOf(summary, withCaseSections),
      visitLearning: summary.visitLearning.map((text) => maskIdentityData(text)),
    };
  });
}

/**
 * The sites on the draft report card, after the day's combined figures: each site's audit team and counts,
 * and its overall grades. Nothing for a day on one site.
 */
export function siteFacts(sections: readonly SiteSection[]): { counts: Fact[]; grades: Fact[] } {
  return {
    counts: sections.map((section) => ({
      title: section.heading,
      value: `${section.looked.cases} cases, ${section.looked.observedVisits} observed visits; audit team: ${section.auditTeamNames.join(', ') || 'nobody named'}`,
    })),
    grades: sections.map((section) => {
      // Overall is the first row of every site's grades (gradeRows).
      const [overall] = section.grades;
      return { title: `Overall, ${section.heading}`, value: overall ? gradeCountsText(overall.counts) : 'None' };
    }),
  };
}
