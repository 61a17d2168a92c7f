import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/store-errors.js';
import { createStores, ensureIndexes, type Stores } from '../../src/store/stores.js';
import {
  aCaseFinding,
  aCaseSample,
  aChallengeDay,
  aConversationLink,
  aDistrict,
  aFocusGroupFeedback,
  aNoticeReply,
  aPerson,
  aReport,
  aScheduledWork,
  anAction,
  anAuditEvent,
  anObservedVisit,
} from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();

interface RepositoryCase {
  repository: keyof Stores;
  valid: () => { _id: string };
  /** A document a buggy caller or a tampered card could produce. */
  invalid: (valid: { _id: string }) => Record<string, unknown>;
  write: (stores: Stores, document: never) => Promise<unknown>;
  indexes: string[];
  /** What the repository itself adds to the document it is given (an action's short reference). */
  added?: Record<string, unknown>;
}

const repositoryCases: RepositoryCase[] = [
  {
    repository: 'districts',
    valid: aDistrict,
    invalid: (d) => ({ ...d, name: '' }),
    write: (s, d) => s.districts.save(d),
    indexes: ['name_unique'],
  },
  {
    repository: 'people',
    valid: aPerson,
    invalid: (d) => ({ ...d, roles: ['superuser'] }),
    write: (s, d) => s.people.save(d),
    indexes: ['teams_identity_unique', 'slack_identity_unique', 'email_unique', 'district_roles', 'roles'],
  },
  {
    repository: 'challengeDays',
    valid: aChallengeDay,
    invalid: (d) => ({ ...d, status: 'approved-by-me' }),
    write: (s, d) => s.challengeDays.create(d),
    indexes: ['district_date', 'status_starts'],
  },
  {
    repository: 'noticeReplies',
    valid: aNoticeReply,
    invalid: (d) => ({ ...d, caseReference: 'Jamie Smith' }),
    write: (s, d) => s.noticeReplies.saveReply(d),
    indexes: ['day_person_unique'],
  },
  {
    repository: 'caseSamples',
    valid: aCaseSample,
    invalid: (d) => ({ ...d, $where: 'sleep(1000)' }),
    write: (s, d) => s.caseSamples.insert(d),
    indexes: ['day_unique', 'district_drawn'],
  },
  {
    repository: 'caseFindings',
    valid: aCaseFinding,
    invalid: (d) => ({ ...d, caseReference: '485 777 3456' }),
    write: (s, d) => s.caseFindings.submit(d),
    indexes: ['submission_unique', 'day_case', 'district_case', 'case'],
  },
  {
    repository: 'focusGroupFeedback',
    valid: aFocusGroupFeedback,
    invalid: (d) => ({ ...d, attendeeCount: -3 }),
    write: (s, d) => s.focusGroupFeedback.submit(d),
    indexes: ['submission_unique', 'day'],
  },
  {
    repository: 'observedVisits',
    valid: anObservedVisit,
    invalid: (d) => ({ ...d, observed: 'x'.repeat(4001) }),
    write: (s, d) => s.observedVisits.submit(d),
    indexes: ['submission_unique', 'day'],
  },
  {
    repository: 'reports',
    valid: aReport,
    invalid: (d) => ({ ...d, approvedById: { $ne: null } }),
    write: (s, d) => s.reports.create(d),
    indexes: ['day_unique', 'status'],
  },
  {
    repository: 'actions',
    valid: anAction,
    invalid: (d) => ({ ...d, dueDate: new Date('2026-12-15T13:45:00Z') }),
    write: (s, d) => s.actions.create(d),
    indexes: ['district_outstanding_due_id', 'owner_outstanding_due_id', 'day_due_id', 'reference'],
    added: { reference: expect.stringMatching(/^A-\d+$/) },
  },
  {
    repository: 'auditEvents',
    valid: anAuditEvent,
    invalid: (d) => ({ ...d, actorId: '' }),
    write: (s, d) => s.auditEvents.record(d),
    indexes: ['entity_at', 'actor_at'],
  },
  {
    repository: 'conversationLinks',
    valid: aConversationLink,
    invalid: (d) => ({ ...d, platform: 'whatsapp' }),
    write: (s, d) => s.conversationLinks.remember(d),
    indexes: ['platform_conversation_unique', 'district_status', 'person_platform'],
  },
  {
    repository: 'transitionSteps',
    valid: () => ({
      _id: `action:a-${Math.random()}:2`,
      commandId: 'cmd-1',
      at: new Date(),
      after: { status: 'acknowledged' },
    }),
    invalid: (d) => ({ ...d, after: 'not a document' }),
    write: (s, d) => s.transitionSteps.claim(d),
    indexes: [],
  },
  {
    repository: 'scheduledWork',
    valid: aScheduledWork,
    invalid: (d) => ({ ...d, status: 'running', extra: 1 }),
    write: (s, d) => s.scheduledWork.schedule(d),
    indexes: ['status_due'],
  },
];

describe.each(repositoryCases)(
  'the $repository repository',
  ({ repository, valid, invalid, write, indexes, added }) => {
    it('gives back exactly the document it stored', async () => {
      const document = valid();
      await write(database.stores, document as never);
      const stored = await database.stores[repository].collection.findById(document._id);
      expect(stored).toEqual({ ...document, ...added });
    });

    it('refuses an invalid document with the reason, and writes nothing', async () => {
      const document = { ...invalid(valid()), _id: `never-stored-${Math.random().toString(36).slice(2)}` };
      const attempt = write(database.stores, document as never);
      await expect(attempt).rejects.toBeInstanceOf(StoreError);
      await expect(attempt).rejects.toMatchObject({ reason: 'invalid_document' });
      const stored = database.stores[repository].collection[driver];
      expect(await stored.countDocuments({ _id: document._id as string })).toBe(0);
    });

    it('has its declared indexes, each serving a named query', async () => {
      const names = (await database.stores[repository].collection[driver].listIndexes().toArray()).map(
        (index) => index.name,
      );
      expect(names).toEqual(expect.arrayContaining(['_id_', ...indexes]));
      for (const declared of database.stores[repository].collection.indexes) expect(declared.serves).not.toBe('');
    });
  },
);

describe('starting again on the same database', () => {
  it('creates the indexes again without error and without adding any', async () => {
    const before = await Promise.all(
      Object.values(database.stores).map((repository) => repository.collection[driver].listIndexes().toArray()),
    );
    await ensureIndexes(createStores(database.db));
    await ensureIndexes(createStores(database.db));
    const after = await Promise.all(
      Object.values(database.stores).map((repository) => repository.collection[driver].listIndexes().toArray()),
    );
    expect(after).toEqual(before);
  });
});

describe('starting on a database an earlier version made', () => {
  it('drops the action indexes that the lists no longer read, keeping the ones they do', async () => {
    const actions = database.stores.actions.collection[driver];
    await actions.createIndex({ ownerId: 1, status: 1, dueDate: 1 }, { name: 'owner_status_due' });

    await ensureIndexes(createStores(database.db));

    const names = (await actions.listIndexes().toArray()).map((index) => index.name);
    expect(names).not.toContain('owner_status_due');
    expect(names).toEqual(expect.arrayContaining(database.stores.actions.collection.indexes.map(({ name }) => name)));
  });
});
