import { checkCaseReference } from '../case-finding/case-reference.js';
import type { CaseType } from '../case-list/case-type.js';

export interface CaseOnList {
  readonly caseReference: string;
  readonly teamName: string;
  /** From a stored case list; a pasted list gives neither, and is stratified by team alone. */
  readonly workerReference?: string;
  readonly caseType?: CaseType;
}

export interface CaseListProblem {
  readonly line: number;
  readonly message: string;
}

const MAX_CASES = 2000;
const HEADER = /^\s*case\s*(?:ref(?:erence)?)?\s*[,;\t]/i;

/**
 * Reads the district's cases as the QA manager pastes them or exports them from the case system: one per
 * line, "reference, team" (comma, semicolon or tab), an optional header row. References only: a line that
 * looks like a name, date of birth, NHS number or postcode is refused with its line number, and nothing is
 * drawn until every line is right.
 */
export function readCaseList(
  text: string,
): { ok: true; cases: CaseOnList[] } | { ok: false; problems: CaseListProblem[] } {
  const problems: CaseListProblem[] = [];
  const byReference = new Map<string, CaseOnList>();
  const lines = text.split(/\r?\n/);
  if (lines.length > MAX_CASES + 1)
    return { ok: false, problems: [{ line: MAX_CASES + 2, message: `At most ${MAX_CASES} cases at a time.` }] };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || (index === 0 && HEADER.test(raw))) return;
    const [reference = '', team = '', ...rest] = raw.split(/[,;\t]/).map((cell) => cell.trim());
    if (rest.some((cell) => cell !== '')) {
      problems.push({
        line,
        message: 'Give only the case reference and the team, e.g. "CR-104233, Chesterfield CP 1".',
      });
      return;
    }
    const checked = checkCaseReference(reference);
    if (!checked.ok) {
      problems.push({ line, message: checked.message });
      return;
    }
    if (!team) {
      problems.push({
        line,
        message: `Add the team for ${checked.reference}, e.g. "${checked.reference}, Chesterfield CP 1".`,
      });
      return;
    }
    const earlier = byReference.get(checked.reference);
    if (earlier && earlier.teamName !== team) {
      problems.push({
        line,
        message: `${checked.reference} is listed twice, for ${earlier.teamName} and for ${team}.`,
      });
      return;
    }
    byReference.set(checked.reference, { caseReference: checked.reference, teamName: team });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (byReference.size === 0) return { ok: false, problems: [{ line: 1, message: 'The list has no cases.' }] };
  return { ok: true, cases: [...byReference.values()] };
}
