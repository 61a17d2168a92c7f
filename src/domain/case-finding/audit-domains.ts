/** The parts of a case an auditor grades separately; the report counts grades per domain. */
export const AUDIT_DOMAINS = [
  'voice_of_child',
  'management_oversight',
  'assessment_and_plan',
  'risk_and_safety',
  'timeliness',
] as const;
export type AuditDomain = (typeof AUDIT_DOMAINS)[number];

export const AUDIT_DOMAIN_LABELS: Record<AuditDomain, string> = {
  voice_of_child: 'Voice of the child',
  management_oversight: 'Management oversight and supervision',
  assessment_and_plan: 'Quality of assessment and plan',
  risk_and_safety: 'Risk and safety',
  timeliness: 'Timeliness',
};
