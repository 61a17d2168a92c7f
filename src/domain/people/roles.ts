/** What a person may do is decided by their roles; one person often holds several. */
export const ROLES = [
  'qa_manager',
  'senior_manager',
  'auditor',
  'staff',
  'partner_agency',
  'district_manager',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  qa_manager: 'QA manager',
  senior_manager: 'Senior manager',
  auditor: 'Auditor',
  staff: 'District or MAT staff',
  partner_agency: 'Partner agency (police, health)',
  district_manager: 'District manager',
};

/** Roles that manage the action plan: they approve date changes and verify completed actions. */
export const MANAGER_ROLES: readonly Role[] = ['qa_manager', 'senior_manager', 'district_manager'];

/** Roles that can sit on a Challenge Day's audit team: peer auditors, senior managers, police and health. */
export const AUDITOR_ROLES: readonly Role[] = ['auditor', 'senior_manager', 'partner_agency'];
