import { describe, expect, it } from 'vitest';
import { readFindingRequest, viewFinding } from '../../../src/domain/case-finding/view-finding.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { aCaseFinding, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-05T10:00:00Z');
const ports = () => ({
  findById: (id: string) => database.stores.caseFindings.findById(id),
  forCase: (caseReference: string) => database.stores.caseFindings.forCase(undefined, caseReference),
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

  it('is shown to someone working in the district, and each view is in the audit trail', async () => {
    const finding = aCaseFinding({ caseReference: 'CR-820001', districtId: 'chesterfield' });
    await database.stores.caseFindings.submit(finding);
    const manager = aPerson({ _id: 'person-dm', roles: ['district_manager'], districtIds: ['chesterfield'] });

    expect(await view(manager, 'CR-820001')).toMatchObject({ ok: true, value: { _id: finding._id } });
    expect(await view(manager, finding._id)).toMatchObject({ ok: true });
    const views = (await database.stores.auditEvents.trailFor('case_finding', finding._id)).filter(
      (event) => event.transition === 'view',
    );
    expect(views.map((event) => event.actorId)).toEqual(['person-dm', 'person-dm']);
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
