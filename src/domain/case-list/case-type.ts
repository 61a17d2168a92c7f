/** The kinds of open case the case management system exports: the strata of the sample, with the team. */
export const CASE_TYPES = ['cin', 'cp', 'cla', 'care_leaver'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  cin: 'CIN',
  cp: 'CP',
  cla: 'CLA',
  care_leaver: 'care leaver',
};

/** The spellings case systems and spreadsheets use for each type, compared without case, spaces or punctuation. */
const SPELLINGS: Record<CaseType, readonly string[]> = {
  cin: ['cin', 'childinneed', 'childreninneed', 's17', 'section17'],
  cp: ['cp', 'cpp', 'childprotection', 'childprotectionplan', 's47', 'section47'],
  cla: ['cla', 'lac', 'lookedafter', 'childlookedafter', 'childrenlookedafter', 'lookedafterchild', 'incare'],
  care_leaver: ['careleaver', 'careleavers', 'leavingcare', 'cl', 'aftercare'],
};

const BY_SPELLING = new Map(
  Object.entries(SPELLINGS).flatMap(([type, spellings]) => spellings.map((spelling) => [spelling, type as CaseType])),
);

/** "Child Protection", "CP", "c.p." → cp; null for anything else. */
export function readCaseType(cell: string): CaseType | null {
  return BY_SPELLING.get(cell.toLowerCase().replace(/[^a-z0-9]/g, '')) ?? null;
}
