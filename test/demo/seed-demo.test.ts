import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../src/domain/action/status.js';
import { overdueIn } from '../support/overdue-search.js';
import { ROLES } from '../../src/domain/people/roles.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const now = new Date('2026-11-26T10:00:00Z');

describe('the demo county', () => {
  it('has the eight districts, people in every role, actions in every state with some overdue, and a notice due now', async () => {
    await seedDemo(database.stores, now);

    expect((await database.stores.districts.all()).map((district) => district.name)).toEqual([
      'Amber Valley',
      'Bolsover',
      'Chesterfield',
      'Derbyshire Dales',
      'Erewash',
      'High Peak',
      'North East Derbyshire',
      'South Derbyshire',
    ]);
    const people = await database.stores.people.collection[driver].find().toArray();
    for (const role of ROLES) expect(people.some((person) => person.roles.includes(role))).toBe(true);

    const actions = await database.stores.actions.forChallengeDay('day-demo-high-peak');
    expect(new Set(actions.map((action) => action.status))).toEqual(new Set(ACTION_STATUSES));
    expect(await database.stores.actions.countActions(overdueIn('high-peak', now))).toBeGreaterThanOrEqual(2);
    expect(actions.some((action) => action.dateChangeRequest)).toBe(true);

    expect(await database.stores.reports.forChallengeDay('day-demo-high-peak')).toMatchObject({
      status: 'approved',
      approvedById: 'person-martin',
    });
    expect(await database.stores.caseFindings.forChallengeDay('day-demo-high-peak')).toHaveLength(4);
    const due = await database.stores.scheduledWork.claimDue(now, 'demo-test', new Date(now.getTime() + 60_000));
    expect(due).toMatchObject({ _id: 'notice:day-demo-chesterfield-next', kind: 'notice' });
    expect(await database.stores.conversationLinks.channelsForDistrict('chesterfield')).toHaveLength(1);
  });

  it('has a Derbyshire Dales day held yesterday whose findings wait for their report, with a senior manager to verify it', async () => {
    const dales = await database.stores.challengeDays.latestForDistrict('derbyshire-dales', now);
    expect(dales).toMatchObject({ _id: 'day-demo-dales-yesterday', status: 'in_progress' });
    expect(dales?.history.at(-1)).toMatchObject({ transition: 'start', to: 'in_progress' });
    const findings = await database.stores.caseFindings.forChallengeDay('day-demo-dales-yesterday');
    expect(findings.flatMap((finding) => finding.recommendations)).toHaveLength(3);
    expect(await database.stores.reports.forChallengeDay('day-demo-dales-yesterday')).toBeNull();
    const verifiers = await database.stores.people.withRoleInDistrict('senior_manager', 'derbyshire-dales');
    expect(verifiers.map((person) => person._id)).toContain('person-martin');
  });

  it('loads its people through the import a council uses, and links their chat accounts as first contact does, all audited', async () => {
    const trail = await database.stores.auditEvents.trailFor('person', 'person-jo');
    expect(trail.map((event) => [event.transition, event.actorId])).toEqual([
      ['add', 'system:demo'],
      ['link_identity', 'system'],
      ['link_identity', 'system'],
    ]);
    expect(trail[0]?.note).toMatch(/^Imported from a people file, line 11\.\n/);
    expect(await database.stores.people.findById('person-jo')).toMatchObject({
      displayName: 'Jo Bennett',
      email: 'jo@derbyshire.example',
      roles: ['staff'],
      districtIds: ['chesterfield'],
      teamName: 'Chesterfield Child Protection 1',
      managerId: 'person-helen',
      identities: { teamsAadObjectId: '00000000-0000-0000-0000-000000000029', slackUserId: 'U0DEMO009' },
    });
    expect(await database.stores.people.findById('person-kate')).toMatchObject({ agency: 'Derbyshire Constabulary' });
  });

  it('adds its districts as a QA manager’s “add a district” does, each audited by the demo loader', async () => {
    const trail = await database.stores.auditEvents.trailFor('district', 'high-peak');
    expect(trail.map((event) => [event.transition, event.actorId])).toEqual([['add', 'system:demo']]);
    expect(await database.stores.districts.findById('high-peak')).toMatchObject({ name: 'High Peak' });
  });

  it('can be seeded again without duplicating anything', async () => {
    const before = await database.stores.actions.collection[driver].countDocuments();
    const audited = await database.stores.auditEvents.collection[driver].countDocuments();
    await seedDemo(database.stores, now);
    expect(await database.stores.actions.collection[driver].countDocuments()).toBe(before);
    expect(await database.stores.auditEvents.collection[driver].countDocuments()).toBe(audited);
    expect(await database.stores.challengeDays.collection[driver].countDocuments()).toBe(4);
  });
});
