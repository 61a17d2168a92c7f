/** Who a focus group was held with; senior managers meet each group separately. */
export const FOCUS_GROUP_KINDS = ['staff', 'managers', 'mat'] as const;
export type FocusGroupKind = (typeof FOCUS_GROUP_KINDS)[number];

export const FOCUS_GROUP_KIND_LABELS: Record<FocusGroupKind, string> = {
  staff: 'Staff',
  managers: 'Managers',
  mat: 'Multi-agency team (MAT)',
};
