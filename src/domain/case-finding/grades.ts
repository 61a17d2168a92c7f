/**
 * The four Ofsted judgements. Auditors grade a case, and each audit domain of it, on the same scale
 * inspectors use, so the Challenge Day report reads like the inspection it rehearses for.
 */
export const OFSTED_GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export type OfstedGrade = (typeof OFSTED_GRADES)[number];

export const OFSTED_GRADE_LABELS: Record<OfstedGrade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement to be good',
  inadequate: 'Inadequate',
};
