import { describe, expect, it } from 'vitest';
import { readFindingRequest, viewFinding } from '../../../src/domain/case-finding/view-finding.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import type { Person } from '../../../src/domain/people/person.js';
import { aCaseFinding, aCaseSample, aChallengeDay, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-05T10:00:00Z');
const ports = () => ({
  findById: (id: string) => database.stores.caseFindings.findById(id),
  forCase: (caseReference: string) => database.stores.caseFindings.forCase(undefined, caseReference),
  findDay: (id: string) => database.stores.challengeDays.findById(id),
  sampleOfDay: (id: string) => database.stores.caseSamples.forChallengeDay(id),
  teamsInDistrict: (id: string) => database.stores.teams.inDistrict(id),
  findPerson: (id: string) => database.stores.people.findById(id),
  recordAudit: database.stores.auditEvents.record.bind(database.stores.auditEvents),
});
const view = (who: Parameters<typeof actorFor>[0], what: string, commandId = `cmd-${Math.random()}`) =>
  viewFinding(ports(), what, { actor: actorFor(who), commandId, now });

describe('reading a case finding', () => {
  it('reads "show finding CR-104233" and "finding finding-…"', () => {
    expect(readFindingRequest('show finding CR-104233')).toBe('CR-104233');
    expect(readFindingRequest('finding finding-abc')).toBe('finding-abc');
    expect(readFindingRequest('case finding for Chesterfield')).toBeNull();
  });

  it('is shown in full only to those who need to know the case, each view in the audit trail; others in its district get the reference and a count', async () => {
    const day = await database.stores.challengeDays.create(aChallengeDay({ auditTeamIds: ['person-day-auditor'] }));
    const finding = aCaseFinding({ challengeDayId: day._id, caseReference: 'CR-820001', districtId: 'chesterfield' });
    await database.stores.caseFindings.submit(finding);
    const person = (id: string, roles: Person['roles'], districtIds: string[]) =>
      aPerson({ _id: `person-${id}`, roles, districtIds });
    const needToKnow = [
      person('qa', ['qa_manager'], ['erewash']),
      person('day-auditor', ['auditor'], ['erewash']),
      person('sm', ['senior_manager'], ['chesterfield']),
      person('dm', ['district_manager'], ['chesterfield']),
    ];
    const referencesOnly = [
      person('staff', ['staff'], ['chesterfield']),
      person('other-auditor', ['auditor'], ['chesterfield']),
    ];
    const notFound = [
      person('sm-erewash', ['senior_manager'], ['erewash']),
      person('dm-erewash', ['district_manager'], ['erewash']),
    ];

    for (const who of needToKnow) {
      expect(await view(who, 'CR-820001'), who._id).toMatchObject({
        ok: true,
        value: { detail: true, finding: { _id: finding._id } },
      });
    }
    for (const who of referencesOnly) {
      expect(await view(who, finding._id), who._id).toEqual({
        ok: true,
        value: { detail: false, caseReference: 'CR-820001', findingCount: 1 },
      });
    }
    for (const who of notFound) {
      expect(await view(who, 'CR-820001'), who._id).toMatchObject({ ok: false, error: { reason: 'not_found' } });
    }
    const views = (await database.stores.auditEvents.trailFor('case_finding', finding._id)).filter(
      (event) => event.transition === 'view',
    );
    expect(views.map((event) => event.actorId).sort()).toEqual(needToKnow.map((who) => who._id).sort());
  });

  it('is shown in full to the manager of the team the day’s sample says holds the case, the view recorded; the manager of another team there gets the reference and a count', async () => {
    const day = await database.stores.challengeDays.create(aChallengeDay());
    const finding = aCaseFinding({ challengeDayId: day._id, caseReference: 'CR-820005', districtId: 'chesterfield' });
    await database.stores.caseFindings.submit(finding);
    await database.stores.caseSamples.insert(
      aCaseSample({
        challengeDayId: day._id,
        cases: [{ caseReference: 'CR-820005', teamName: 'Chesterfield Family Support', auditorId: 'person-a' }],
      }),
    );
    for (const [name, managerId] of [
      ['Chesterfield Family Support', 'person-holding-manager'],
      ['Chesterfield Assessment', 'person-other-manager'],
    ] as const) {
      await database.stores.teams.save({ _id: `team-${managerId}`, name, districtId: 'chesterfield', managerId });
    }
    const manager = (id: string) => aPerson({ _id: id, roles: ['staff'], districtIds: ['chesterfield'] });
    for (const id of ['person-holding-manager', 'person-other-manager']) await database.stores.people.save(manager(id));

    expect(await view(manager('person-holding-manager'), 'CR-820005')).toMatchObject({
      ok: true,
      value: { detail: true, finding: { _id: finding._id } },
    });
    expect(await view(manager('person-other-manager'), 'CR-820005')).toEqual({
      ok: true,
      value: { detail: false, caseReference: 'CR-820005', findingCount: 1 },
    });
    const views = (await database.stores.auditEvents.trailFor('case_finding', finding._id)).filter(
      (event) => event.transition === 'view',
    );
    expect(views.map((event) => event.actorId)).toEqual(['person-holding-manager']);

    // Once they have left, the team's manager on record no longer needs to know its cases.
    await database.stores.people.save({
      ...manager('person-holding-manager'),
      leftAt: new Date('2026-12-01T17:00:00Z'),
    });
    expect(await view(manager('person-holding-manager'), 'CR-820005')).toEqual({
      ok: true,
      value: { detail: false, caseReference: 'CR-820005', findingCount: 1 },
    });
  });

  it('asked for by id from another district, says "not found", revealing nothing, and records no view', async () => {
    const finding = aCaseFinding({ caseReference: 'CR-820002', districtId: 'chesterfield' });
    await database.stores.caseFindings.submit(finding);
    const outsider = aPerson({ _id: 'person-erewash', roles: ['district_manager'], districtIds: ['erewash'] });

    const result = await view(outsider, finding._id);
    expect(!result.ok && result.error).toMatchObject({
      reason: 'not_found',
      userMessage: `No finding ${finding._id} was found among those you may read.`,
    });
    expect(
      (await database.stores.auditEvents.trailFor('case_finding', finding._id)).some(
        (event) => event.transition === 'view',
      ),
    ).toBe(false);
  });

  it('lets a partner-agency member read their own findings but not other auditors’', async () => {
    const police = aPerson({
      _id: 'person-police',
      roles: ['auditor', 'partner_agency'],
      districtIds: ['chesterfield'],
    });
    await database.stores.caseFindings.submit(aCaseFinding({ caseReference: 'CR-820003', auditorId: 'person-police' }));
    await database.stores.caseFindings.submit(
      aCaseFinding({ caseReference: 'CR-820004', auditorId: 'person-someone-else' }),
    );

    expect((await view(police, 'CR-820003')).ok).toBe(true);
    expect(await view(police, 'CR-820004')).toMatchObject({ ok: false, error: { reason: 'not_found' } });
  });
});
