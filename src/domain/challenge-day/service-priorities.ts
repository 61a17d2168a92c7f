/**
 * The service's ten priorities focus each Challenge Day. They change as the service plan changes, so the
 * list is configuration (SERVICE_PRIORITIES); this is the default a new county starts from.
 */
export const DEFAULT_SERVICE_PRIORITIES = [
  'Children are safer: fewer suffer abuse, bullying or neglect',
  'The voice of the child is heard and shapes their plan',
  'Timely, good-quality assessments',
  'Plans that are specific, measurable and reviewed',
  'Effective management oversight and supervision',
  'Stable placements and permanence for children in care',
  'Strong multi-agency working with police, health and schools',
  'Early help that prevents problems from growing',
  'A stable, skilled and supported workforce',
  'Learning from complaints, audits and case reviews',
] as const;

/** The sources of intelligence a Challenge Day's focus is drawn from (quality manual, section 3). */
export const INTELLIGENCE_SOURCES = [
  'management_information',
  'complaints',
  'inspection',
  'monthly_audits',
  'service_priorities',
] as const;
export type IntelligenceSource = (typeof INTELLIGENCE_SOURCES)[number];
