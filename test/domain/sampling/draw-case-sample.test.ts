import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import { drawCaseSample, type CaseSamplePorts } from '../../../src/domain/sampling/draw-case-sample.js';
import { aCaseSample, aChallengeDay, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';
import { driver } from '../../../src/store/driver-collection.js';
import { caseSamplePorts } from '../../../src/interactions/case-sample-ports.js';

const database = useTestDatabase();
const now = new Date('2026-12-01T10:00:00Z');
const qaManager = actorFor(aPerson({ _id: 'person-qa', roles: ['qa_manager'] }));
const caseList = [
  'Case reference, Team',
  ...Array.from({ length: 12 }, (_, n) => `CR-90${String(n).padStart(2, '0')}, ${n % 2 === 0 ? 'Team A' : 'Team B'}`),
].join('\n');

const ports = (): CaseSamplePorts => caseSamplePorts(database.stores);

async function aDayWithAuditors(districtId: string) {
  await database.stores.people.save(aPerson({ _id: `${districtId}-aud-a`, roles: ['auditor'], teamName: 'Team A' }));
  await database.stores.people.save(aPerson({ _id: `${districtId}-aud-b`, roles: ['auditor'], teamName: 'Team B' }));
  return database.stores.challengeDays.create(
    aChallengeDay({ districtId, auditTeamIds: [`${districtId}-aud-a`, `${districtId}-aud-b`] }),
  );
}

describe('the QA manager drawing the case sample', () => {
  it('stores it with its seed, records seed and method in the audit trail, and sends each auditor a card per case', async () => {
    const day = await aDayWithAuditors('district-one');
    const drawn = await drawCaseSample(
      ports(),
      { challengeDayId: day._id, caseList, size: 4, excludeAuditedWithinMonths: 6 },
      { actor: qaManager, commandId: 'cmd-draw-1', now },
    );
    if (!drawn.ok) throw drawn.error;

    const { sample, deliveries } = drawn.value;
    expect(sample.seed).toBe('district-one-2026-12-03');
    expect(sample.cases).toHaveLength(4);
    for (const entry of sample.cases)
      expect(entry.auditorId).toBe(entry.teamName === 'Team A' ? 'district-one-aud-b' : 'district-one-aud-a');
    expect(deliveries.map((delivery) => delivery.destination)).toEqual(
      sample.cases.map((entry) => ({ kind: 'person', personId: entry.auditorId })),
    );
    const [event] = await database.stores.auditEvents.trailFor('case_sample', sample._id);
    expect(event).toMatchObject({
      transition: 'draw',
      actorId: 'person-qa',
      note: expect.stringContaining('seed “district-one-2026-12-03”'),
    });
    expect(event?.note).toContain('stratified by team');
  });

  it('drawing again with the same list and seed gives the same sample; another seed is refused, naming the first', async () => {
    const day = await aDayWithAuditors('district-two');
    const request = { challengeDayId: day._id, caseList, size: 4, excludeAuditedWithinMonths: 6 };
    const first = await drawCaseSample(ports(), request, { actor: qaManager, commandId: 'cmd-a', now });
    const again = await drawCaseSample(ports(), request, { actor: qaManager, commandId: 'cmd-b', now });
    expect(again).toMatchObject({ ok: true, value: { replayed: true } });
    expect(again.ok && again.value.sample.cases).toEqual(first.ok && first.value.sample.cases);
    const other = await drawCaseSample(
      ports(),
      { ...request, seed: 'a different seed' },
      { actor: qaManager, commandId: 'cmd-c', now },
    );
    expect(!other.ok && other.error.userMessage).toContain(
      'already drawn for this Challenge Day, with the seed “district-two-2026-12-03”',
    );
    expect(await database.stores.caseSamples.collection[driver].countDocuments({ challengeDayId: day._id })).toBe(1);
  });

  it('leaves out cases sampled in the district within the last months', async () => {
    const day = await aDayWithAuditors('district-three');
    const recent = ['CR-9000', 'CR-9001', 'CR-9002', 'CR-9003', 'CR-9004', 'CR-9005', 'CR-9006', 'CR-9007'];
    await database.stores.caseSamples.insert(
      aCaseSample({
        districtId: 'district-three',
        drawnAt: new Date('2026-10-01T10:00:00Z'),
        cases: recent.map((caseReference) => ({ caseReference, teamName: 'Team A', auditorId: 'x' })),
      }),
    );
    const drawn = await drawCaseSample(
      ports(),
      { challengeDayId: day._id, caseList, size: 4, excludeAuditedWithinMonths: 6 },
      { actor: qaManager, commandId: 'cmd-d', now },
    );
    if (!drawn.ok) throw drawn.error;
    expect(drawn.value.sample.cases.map((entry) => entry.caseReference).sort()).toEqual([
      'CR-9008',
      'CR-9009',
      'CR-9010',
      'CR-9011',
    ]);
  });

  it('refuses a list with identity data, line by line, and stores nothing', async () => {
    const day = await aDayWithAuditors('district-four');
    const drawn = await drawCaseSample(
      ports(),
      {
        challengeDayId: day._id,
        caseList: 'CR-1, Team A\nJamie Smith, Team B',
        size: 1,
        excludeAuditedWithinMonths: 6,
      },
      { actor: qaManager, commandId: 'cmd-e', now },
    );
    expect(!drawn.ok && drawn.error.userMessage).toMatch(/^Line 2: This looks like a person’s name/);
    expect(await database.stores.caseSamples.forChallengeDay(day._id)).toBeNull();
  });

  it('tells anyone but a QA manager that only a QA manager draws the sample', async () => {
    const day = await aDayWithAuditors('district-five');
    const auditor = actorFor(aPerson({ roles: ['auditor'] }));
    const drawn = await drawCaseSample(
      ports(),
      { challengeDayId: day._id, caseList, size: 2, excludeAuditedWithinMonths: 6 },
      { actor: auditor, commandId: 'cmd-f', now },
    );
    expect(!drawn.ok && drawn.error.userMessage).toBe('Only a QA manager draws the case sample.');
  });

  it('from the district’s stored list with too few workers: says so in the audit note, and keeps each case’s site and type', async () => {
    const day = await aDayWithAuditors('district-six');
    await database.stores.teams.save({ _id: 'six-a', name: 'Team A', districtId: 'district-six', managerId: 'm' });
    await database.stores.teams.save({
      _id: 'six-mat',
      name: 'Team MAT',
      districtId: 'district-six',
      managerId: 'm',
      site: 'mat',
    });
    const cases = Array.from({ length: 6 }, (_, n) => ({
      caseReference: `CR-66${n}`,
      teamId: n < 3 ? 'six-a' : 'six-mat',
      teamName: n < 3 ? 'Team A' : 'Team MAT',
      workerReference: `W-${n % 2}`,
      caseType: 'cp' as const,
      dateOpened: '2025-01-01',
    }));
    await database.stores.caseLists.save({
      _id: 'caselist-six',
      districtId: 'district-six',
      fileName: 'six.csv',
      uploadedBy: 'person-qa',
      uploadedAt: now,
      rowCount: 6,
      cases,
      refused: [],
    });
    await database.stores.caseLists.markApplied('caselist-six', 'person-qa', now);

    const drawn = await drawCaseSample(
      ports(),
      { challengeDayId: day._id, size: 4, excludeAuditedWithinMonths: 6 },
      { actor: qaManager, commandId: 'cmd-g', now },
    );
    if (!drawn.ok) throw drawn.error;
    const { sample } = drawn.value;
    expect(sample.casesSharingAWorker).toBe(2);
    // A day with one audit team: every case to it, the MAT team's too, each keeping its team's site.
    expect(
      sample.cases
        .map(({ teamName, site, caseType }) => ({ teamName, site, caseType }))
        .sort((a, b) => a.teamName.localeCompare(b.teamName)),
    ).toEqual([
      { teamName: 'Team A', site: 'district', caseType: 'cp' },
      { teamName: 'Team A', site: 'district', caseType: 'cp' },
      { teamName: 'Team MAT', site: 'mat', caseType: 'cp' },
      { teamName: 'Team MAT', site: 'mat', caseType: 'cp' },
    ]);
    const [event] = await database.stores.auditEvents.trailFor('case_sample', sample._id);
    expect(event?.note).toContain(
      '4 of 6 cases from the district’s case list (0 audited within 6 months left out); The list has too few workers for one case each: 2 sampled cases share their worker with another. method:',
    );
  });
});
