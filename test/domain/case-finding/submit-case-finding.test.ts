import { describe, expect, it } from 'vitest';
import { submitCaseFinding } from '../../../src/domain/case-finding/submit-case-finding.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { aChallengeDay, aPerson, caseFindingAnswers } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-03T11:00:00Z');
const auditor = actorFor(aPerson({ _id: 'person-auditor', roles: ['auditor'] }));
const findingAnswers = caseFindingAnswers();

const ports = () => ({
  findChallengeDay: (id: string) => database.stores.challengeDays.findById(id),
  submit: database.stores.caseFindings.submit.bind(database.stores.caseFindings),
  sampleOfDay: (id: string) => database.stores.caseSamples.forChallengeDay(id),
  teamsInDistrict: (id: string) => database.stores.teams.inDistrict(id),
  safeguardingContacts: async () => [
    aPerson({ _id: 'person-qa', roles: ['qa_manager'] }),
    aPerson({ _id: 'person-dm', roles: ['district_manager'] }),
  ],
  dayHelpers: async () => ({
    planner: { _id: 'person-qa1', displayName: 'Priya Shah' },
    qaManagers: [
      { _id: 'person-qa1', displayName: 'Priya Shah' },
      { _id: 'person-qa2', displayName: 'Quinn Taylor' },
    ],
  }),
});

describe('submitting a case finding', () => {
  it('stores the finding once when the same card is submitted three times', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'in_progress', auditTeamIds: [auditor.id] }),
    );
    const context = { actor: auditor, commandId: 'cmd-finding-1', now };
    const results = [];
    for (let attempt = 0; attempt < 3; attempt++)
      results.push(await submitCaseFinding(ports(), day._id, findingAnswers, context));

    expect(results.map((result) => result.ok && result.value.replayed)).toEqual([false, true, true]);
    expect(await database.stores.caseFindings.forChallengeDay(day._id)).toHaveLength(1);
  });

  it('an immediate safeguarding concern alerts the QA manager and the district manager personally', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'in_progress', auditTeamIds: [auditor.id] }),
    );
    const concern = {
      ...findingAnswers,
      safeguardingConcern: { raised: true, reason: 'Disclosure during the audit conversation.' },
    };
    const result = await submitCaseFinding(ports(), day._id, concern, {
      actor: auditor,
      commandId: 'cmd-concern',
      now,
    });

    expect(result.ok && result.value.deliveries.map((delivery) => delivery.destination)).toEqual([
      { kind: 'person', personId: 'person-qa' },
      { kind: 'person', personId: 'person-dm' },
    ]);
    expect(result.ok && result.value.deliveries[0]?.notification).toEqual({
      kind: 'safeguarding_alert',
      caseFindingId: result.ok ? result.value.finding._id : '',
      recipientId: 'person-qa',
    });
    expect(result.ok && result.value.finding.safeguardingConcern.alertedIds).toEqual(['person-qa', 'person-dm']);
  });

  it('tells an auditor of the district not on the audit team why, and who can add them, and stores nothing', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'in_progress', auditTeamIds: ['someone-else'] }),
    );
    const result = await submitCaseFinding(ports(), day._id, findingAnswers, {
      actor: auditor,
      commandId: 'cmd-outsider',
      now,
    });
    expect(!result.ok && result.error.userMessage).toBe(
      'You are not on this Challenge Day’s audit team, so you cannot record its case findings. Ask Priya Shah, who planned it, or another QA manager, Quinn Taylor, to add you to its audit team.',
    );
    expect(await database.stores.caseFindings.forChallengeDay(day._id)).toEqual([]);
  });

  it('tells an auditor of another district only that the day was not found, and stores nothing', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'in_progress', districtId: 'erewash', auditTeamIds: ['someone-else'] }),
    );
    const result = await submitCaseFinding(ports(), day._id, findingAnswers, {
      actor: auditor,
      commandId: 'cmd-stranger',
      now,
    });
    expect(!result.ok && result.error.userMessage).toBe('That Challenge Day was not found.');
    expect(await database.stores.caseFindings.forChallengeDay(day._id)).toEqual([]);
  });

  it('says findings open when the day is announced, for a day still only planned', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'planned', auditTeamIds: [auditor.id] }),
    );
    const result = await submitCaseFinding(ports(), day._id, findingAnswers, {
      actor: auditor,
      commandId: 'cmd-early',
      now,
    });
    expect(!result.ok && result.error.userMessage).toBe('Findings open when the Challenge Day is announced.');
  });
});
