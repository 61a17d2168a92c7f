import { describe, expect, it } from 'vitest';
import { moderateFinding, readModeration } from '../../../src/domain/case-finding/moderate-finding.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { aCaseFinding, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-04T10:00:00Z');
const ports = () => ({
  findingsForCase: (districtId: string | undefined, caseReference: string) =>
    database.stores.caseFindings.forCase(districtId, caseReference),
  saveModeration: database.stores.caseFindings.saveModeration.bind(database.stores.caseFindings),
  recordAudit: database.stores.auditEvents.record.bind(database.stores.auditEvents),
});

describe('moderating a finding', () => {
  it('reads "moderate CR-104233 overall requires improvement, timeliness inadequate"', () => {
    expect(readModeration('moderate cr-104233 overall requires improvement, timeliness inadequate')).toEqual({
      caseReference: 'CR-104233',
      overallGrade: 'requires_improvement',
      domainGrades: { timeliness: 'inadequate' },
    });
    expect(readModeration('show overdue actions')).toBeNull();
  });

  it('keeps the auditor’s grades beside the moderated ones, and writes the change to the audit trail', async () => {
    const finding = aCaseFinding({ caseReference: 'CR-810001' });
    await database.stores.caseFindings.submit(finding);
    const qaManager = actorFor(aPerson({ _id: 'person-qa', roles: ['qa_manager'] }));

    const moderated = await moderateFinding(
      ports(),
      { caseReference: 'CR-810001', overallGrade: 'requires_improvement', domainGrades: { timeliness: 'inadequate' } },
      { actor: qaManager, commandId: 'cmd-mod', now },
    );

    if (!moderated.ok) throw moderated.error;
    expect(moderated.value).toMatchObject({
      overallGrade: 'good',
      moderation: {
        overallGrade: 'requires_improvement',
        domainGrades: { timeliness: 'inadequate' },
        moderatorId: 'person-qa',
      },
    });
    expect((await database.stores.caseFindings.findById(finding._id))?.domains.timeliness.grade).toBe('good');
    const trail = await database.stores.auditEvents.trailFor('case_finding', finding._id);
    expect(trail.at(-1)).toMatchObject({
      transition: 'moderate',
      note: 'overall Good → Requires improvement to be good; Timeliness Good → Inadequate',
    });
  });

  it('tells an auditor only a QA manager or senior manager moderates, and someone from another district that there is no such finding', async () => {
    await database.stores.caseFindings.submit(aCaseFinding({ caseReference: 'CR-810002', districtId: 'chesterfield' }));
    const auditor = actorFor(aPerson({ roles: ['auditor'] }));
    const elsewhere = actorFor(aPerson({ roles: ['senior_manager'], districtIds: ['erewash'] }));
    const request = { caseReference: 'CR-810002', overallGrade: 'good' as const, domainGrades: {} };
    const byAuditor = await moderateFinding(ports(), request, { actor: auditor, commandId: 'c1', now });
    const byOutsider = await moderateFinding(ports(), request, { actor: elsewhere, commandId: 'c2', now });
    expect(!byAuditor.ok && byAuditor.error.userMessage).toBe(
      'Only a QA manager or a senior manager moderates findings.',
    );
    expect(!byOutsider.ok && byOutsider.error.userMessage).toBe(
      'No finding for CR-810002 was found in your districts.',
    );
  });
});
