import { describe, expect, it } from 'vitest';
import type { CaseOnList } from '../../../src/domain/sampling/case-list.js';
import { drawSample, type Auditor } from '../../../src/domain/sampling/draw-sample.js';

/** A district's caseload: 60 cases in team A, 30 in team B, 10 in team C. */
const caseload: CaseOnList[] = [
  ...Array.from({ length: 60 }, (_, n) => ({ caseReference: `CR-A${String(n).padStart(3, '0')}`, teamName: 'Team A' })),
  ...Array.from({ length: 30 }, (_, n) => ({ caseReference: `CR-B${String(n).padStart(3, '0')}`, teamName: 'Team B' })),
  ...Array.from({ length: 10 }, (_, n) => ({ caseReference: `CR-C${String(n).padStart(3, '0')}`, teamName: 'Team C' })),
];
const auditors: Auditor[] = [
  { id: 'auditor-a', teamName: 'Team A' },
  { id: 'auditor-b', teamName: 'Team B' },
  { id: 'auditor-police' },
  { id: 'auditor-health' },
];
const draw = (over: Partial<Parameters<typeof drawSample>[0]> = {}) =>
  drawSample({ cases: caseload, size: 10, seed: 'chesterfield-2026-12-03', excluded: new Set(), auditors, ...over });
const references = (result: ReturnType<typeof drawSample>) =>
  result.ok ? result.value.cases.map((entry) => entry.caseReference) : [];

describe('drawing the case sample', () => {
  it('draws the same sample again with the same seed, whatever order the list came in', () => {
    const first = draw();
    const again = draw({ cases: [...caseload].reverse(), auditors: [...auditors].reverse() });
    expect(references(first)).toHaveLength(10);
    expect(again).toEqual(first);
  });

  it('draws a different sample with another seed', () => {
    expect(references(draw({ seed: 'another-seed' }))).not.toEqual(references(draw()));
  });

  it('keeps each team’s share of the sample in proportion to its cases (6, 3 and 1 of 10)', () => {
    const result = draw();
    if (!result.ok) throw result.error;
    const perTeam = (team: string) => result.value.cases.filter((entry) => entry.teamName === team).length;
    expect([perTeam('Team A'), perTeam('Team B'), perTeam('Team C')]).toEqual([6, 3, 1]);
  });

  it('never gives an auditor a case from their own team, and spreads the cases evenly', () => {
    for (const seed of ['s1', 's2', 's3', 's4', 's5']) {
      const result = draw({ seed, size: 20 });
      if (!result.ok) throw result.error;
      const own = new Map(auditors.map((auditor) => [auditor.id, auditor.teamName]));
      for (const entry of result.value.cases) expect(own.get(entry.auditorId)).not.toBe(entry.teamName);
      const loads = auditors.map(
        (auditor) => result.value.cases.filter((entry) => entry.auditorId === auditor.id).length,
      );
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    }
  });

  it('leaves out cases audited recently, and says so when too few are left', () => {
    const excluded = new Set(caseload.slice(0, 95).map((entry) => entry.caseReference));
    const result = draw({ excluded, size: 5 });
    expect(references(result).every((reference) => !excluded.has(reference))).toBe(true);
    const tooMany = draw({ excluded, size: 6 });
    expect(!tooMany.ok && tooMany.error.userMessage).toBe(
      'Only 5 cases can be drawn (95 were audited recently); choose a sample of 5 or fewer.',
    );
  });

  it('says to add an auditor from another team when everyone is from the case’s team', () => {
    const result = draw({
      cases: caseload.filter((entry) => entry.teamName === 'Team A'),
      auditors: [{ id: 'only', teamName: 'Team A' }],
    });
    expect(!result.ok && result.error.userMessage).toMatch(
      /Every auditor is from Team A, so nobody can audit its case CR-A\d+\. Add an auditor from another team\./,
    );
  });
});
