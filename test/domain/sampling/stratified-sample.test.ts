import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCaseList } from '../../../src/domain/case-list/plan-case-list.js';
import { readCaseFile } from '../../../src/domain/case-list/read-case-file.js';
import type { SitedCase } from '../../../src/domain/sampling/allocate-to-auditors.js';
import { tooFewWorkersNote } from '../../../src/domain/sampling/draw-case-sample.js';
import { drawSample, type Auditor } from '../../../src/domain/sampling/draw-sample.js';
import { seededGenerator, shuffled } from '../../../src/domain/sampling/seeded-random.js';
import { CASE_FILE_DISTRICTS, CHESTERFIELD_TEAMS, chesterfieldCaseExport } from '../../support/case-files.js';

/** The 2,000-row export as the sample reads it once stored: each case with its worker, type and team's site. */
function listedCases(text: string): SitedCase[] {
  const file = readCaseFile(text);
  if (!file.ok) throw new Error(file.error.userMessage);
  const plan = planCaseList(file.value, {
    districts: CASE_FILE_DISTRICTS,
    teams: CHESTERFIELD_TEAMS,
    today: '2026-12-01',
  });
  if (!plan.ok) throw new Error(plan.error.userMessage);
  const siteOf = new Map(CHESTERFIELD_TEAMS.map((team) => [team._id, team.site]));
  return plan.value.cases.map(({ caseReference, teamName, teamId, workerReference, caseType }) => ({
    caseReference,
    teamName,
    caseType,
    ...(workerReference ? { workerReference } : {}),
    ...(siteOf.get(teamId) === 'mat' ? { site: 'mat' as const } : {}),
  }));
}

const cases = listedCases(chesterfieldCaseExport());
const districtAuditors: Auditor[] = [
  { id: 'auditor-cp', teamName: 'Chesterfield CP 1' },
  { id: 'auditor-cin', teamName: 'Chesterfield CIN 2' },
  { id: 'auditor-police' },
];
const matAuditors: Auditor[] = [{ id: 'auditor-mat', teamName: 'Chesterfield MAT North' }, { id: 'auditor-health' }];
const draw = (over: Partial<Parameters<typeof drawSample>[0]> = {}) => {
  const drawn = drawSample({
    cases,
    size: 40,
    seed: 'chesterfield-2026-12-03',
    excluded: new Set(),
    auditors: districtAuditors,
    matAuditors,
    ...over,
  });
  if (!drawn.ok) throw new Error(drawn.error.userMessage);
  return drawn.value;
};
const stratum = (entry: { teamName: string; caseType?: string }) => `${entry.teamName} × ${entry.caseType}`;
const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>());

describe('the sample drawn from a district’s case list', () => {
  it('gives every team × type stratum its share of 40 places, within one place of its exact proportion', () => {
    const sample = draw();
    const listed = countBy(cases, stratum);
    const sampled = countBy(sample.cases, stratum);
    expect(listed.size).toBe(16);
    expect(sample.cases).toHaveLength(40);
    for (const [name, size] of listed) {
      const exact = (40 * size) / cases.length;
      expect(sampled.get(name) ?? 0, name).toBeGreaterThanOrEqual(Math.floor(exact));
      expect(sampled.get(name) ?? 0, name).toBeLessThanOrEqual(Math.ceil(exact));
    }
  });

  it('takes at most one case per worker when the list has enough workers', () => {
    const sample = draw();
    const workers = sample.cases.map((entry) => entry.workerReference);
    expect(new Set(workers).size).toBe(40);
    expect(sample.sharingAWorker).toBe(0);
  });

  it('says so when the list has too few workers for one case each', () => {
    const fewWorkers = cases.slice(0, 40).map((entry, index) => ({ ...entry, workerReference: `W-${index % 3}` }));
    const sample = draw({ cases: fewWorkers, size: 8 });
    expect(new Set(sample.cases.map((entry) => entry.workerReference)).size).toBe(3);
    expect(sample.sharingAWorker).toBe(5);
    expect(tooFewWorkersNote({ casesSharingAWorker: sample.sharingAWorker })).toBe(
      'The list has too few workers for one case each: 5 sampled cases share their worker with another.',
    );
  });

  it('draws the same sample from the same seed whatever the order of the file’s rows', () => {
    const random = seededGenerator('any order');
    const reordered = listedCases(chesterfieldCaseExport((rows) => shuffled(rows, random)));
    expect(draw({ cases: reordered })).toEqual(draw());
    expect(draw({ seed: 'another seed' }).cases).not.toEqual(draw().cases);
  });

  it('sends MAT-site teams’ cases to the MAT audit team and the others to the district audit team', () => {
    const sample = draw();
    const matIds = new Set(matAuditors.map((auditor) => auditor.id));
    for (const entry of sample.cases) {
      expect(entry.site).toBe(entry.teamName === 'Chesterfield MAT North' ? 'mat' : 'district');
      expect(matIds.has(entry.auditorId), entry.caseReference).toBe(entry.site === 'mat');
    }
  });

  it('sends every case to the district audit team on a day without a MAT audit team', () => {
    const sample = draw({ matAuditors: [] });
    // Each case keeps its team's site, for the report's sections, whoever audits it.
    expect(new Set(sample.cases.map((entry) => entry.site))).toEqual(new Set(['district', 'mat']));
    expect(sample.cases.every((entry) => districtAuditors.some((auditor) => auditor.id === entry.auditorId))).toBe(
      true,
    );
  });

  it('refuses clearly when a site’s audit team is empty but the sample has its cases', () => {
    const drawn = drawSample({
      cases,
      size: 40,
      seed: 's',
      excluded: new Set(),
      auditors: [],
      matAuditors,
    });
    expect(!drawn.ok && drawn.error.userMessage).toMatch(
      /^The district audit team has no auditors, but \d+ of the sampled cases are district cases \(Chesterfield CIN 2, Chesterfield CLA, Chesterfield CP 1\)\. Add auditors to the district audit team in the day’s plan\.$/,
    );
  });
});

describe('allocating a sample between two audit teams (any cases, any auditors)', () => {
  const teamNames = ['Team A', 'Team B', 'MAT 1', 'MAT 2'];
  const anAuditor = (prefix: string) =>
    fc.record({
      id: fc.integer({ min: 0, max: 50 }).map((n) => `${prefix}-${n}`),
      teamName: fc.option(fc.constantFrom(...teamNames), { nil: undefined }),
    });
  const aCase = fc.record({
    caseReference: fc.integer({ min: 1000, max: 9999 }).map((n) => `CR-${n}`),
    teamName: fc.constantFrom(...teamNames),
  });

  it('never gives a case to the other site’s team or to an auditor from the case’s own team, and refuses only when it must', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(aCase, { minLength: 1, maxLength: 40, selector: (entry) => entry.caseReference }),
        fc.uniqueArray(anAuditor('district'), { maxLength: 6, selector: (auditor) => auditor.id }),
        fc.uniqueArray(anAuditor('mat'), { maxLength: 6, selector: (auditor) => auditor.id }),
        fc.integer({ min: 1, max: 40 }),
        fc.string(),
        (list, district, mat, wanted, seed) => {
          const sited = list.map((entry) => ({
            ...entry,
            ...(entry.teamName.startsWith('MAT') ? { site: 'mat' as const } : {}),
          }));
          const size = Math.min(wanted, sited.length);
          const drawn = drawSample({
            cases: sited,
            size,
            seed,
            excluded: new Set(),
            auditors: district,
            matAuditors: mat,
          });
          const twoTeams = mat.length > 0;
          const teamFor = (site: string | undefined) => (twoTeams && site === 'mat' ? mat : district);
          if (!drawn.ok) {
            // Refused only when some case has nobody on its site's team from another team.
            expect(
              sited.some((entry) => !teamFor(entry.site).some((auditor) => auditor.teamName !== entry.teamName)),
            ).toBe(true);
            return;
          }
          expect(drawn.value.cases).toHaveLength(size);
          for (const entry of drawn.value.cases) {
            const auditor = teamFor(entry.site).find((candidate) => candidate.id === entry.auditorId);
            expect(auditor, `${entry.caseReference} → ${entry.auditorId}`).toBeDefined();
            expect(auditor?.teamName).not.toBe(entry.teamName);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
