import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SYSTEM_ACTOR } from '../../src/domain/people/actor.js';
import { personChangeAudit } from '../../src/domain/people/person-change.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { applyActionCommand } from '../../src/domain/action/lifecycle.js';
import { actorFor } from '../../src/domain/people/actor.js';
import { recordsNamingPerson, type RecordsNamingPerson } from '../../src/store/records-naming-person.js';
import type { Stores } from '../../src/store/stores.js';
import { writePersonExport } from '../../src/subject-access/write-person-export.js';
import { aCaseFinding, aConversationLink, aNoticeReply } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const now = new Date('2026-11-26T10:00:00Z');
const folder = mkdtempSync(join(tmpdir(), 'person-export-'));

/** True when a person's id is one of the values anywhere in a stored document. */
function names(value: unknown, personId: string): boolean {
  if (value === personId) return true;
  if (Array.isArray(value)) return value.some((item) => names(item, personId));
  if (value !== null && typeof value === 'object' && !(value instanceof Date))
    return Object.values(value).some((inner) => names(inner, personId));
  return false;
}

/** The oracle: every stored document in every collection that names the person, read without the module. */
async function everyDocumentNaming(personId: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [name, repository] of Object.entries(database.stores)) {
    const documents = await repository.collection[driver].find({}).toArray();
    found[name] = documents
      .filter((document) => names(document, personId))
      .map((document) => String(document._id))
      .sort();
  }
  // A message to the person names them through the chat it went to.
  const theirChats = found.conversationLinks ?? [];
  found.outbox = (await database.stores.outbox.collection[driver].find({}).toArray())
    .filter((entry) => (entry.linkId && theirChats.includes(entry.linkId)) || entry.personId === personId)
    .map((entry) => entry._id)
    .sort();
  return found;
}

const idsByCollection = (records: RecordsNamingPerson) =>
  Object.fromEntries(
    (Object.keys(database.stores) as (keyof Stores)[]).map((name) => [
      name,
      ((records as unknown as Record<string, { _id: string }[] | undefined>)[name] ?? [])
        .map((record) => record._id)
        .sort(),
    ]),
  );

beforeAll(async () => {
  const { stores } = database;
  await seedDemo(stores, now);
  // What the demo does not have yet: Mia's reply to a notice, her chat with the bot and a message in it, a
  // step she took on her action (its step record keeps a copy), and someone else's reply.
  await stores.noticeReplies.saveReply(
    aNoticeReply({
      challengeDayId: 'day-demo-chesterfield-next',
      personId: 'person-mia',
      kind: 'unavailable',
      note: 'On leave',
    }),
  );
  await stores.noticeReplies.saveReply(
    aNoticeReply({ challengeDayId: 'day-demo-chesterfield-next', personId: 'person-jo', kind: 'attending' }),
  );
  const miasChat = await stores.conversationLinks.remember(
    aConversationLink({ kind: 'personal', personId: 'person-mia', conversationId: 'a:personal-mia' }),
  );
  await stores.outbox.enqueue({
    _id: 'out-mia-action',
    key: 'action:action-demo-high-peak-1',
    notification: { kind: 'action_assigned', actionId: 'action-demo-high-peak-1' },
    platform: 'teams',
    conversationId: miasChat.conversationId,
    linkId: miasChat._id,
    status: 'sent',
    attempts: 1,
    nextAttemptAt: now,
    createdAt: now,
  });
  const mia = await stores.people.findById('person-mia');
  const open = await stores.actions.findById('action-demo-high-peak-1');
  if (!mia || !open) throw new Error('the demo has changed: Mia or her open action is missing');
  const acknowledged = applyActionCommand(
    open,
    { kind: 'acknowledge' },
    { actor: actorFor(mia), commandId: 'ack-mia', now },
  );
  if (!acknowledged.ok) throw acknowledged.error;
  await stores.actions.saveTransition(open, acknowledged.value);
  // A safeguarding alert that was for Martin, who said he had acted on it.
  await stores.caseFindings.collection.insert(
    aCaseFinding({
      _id: 'finding-alerting-martin',
      auditorId: 'person-dan',
      safeguardingConcern: {
        raised: true,
        reason: 'Disclosure during the audit conversation.',
        alertedIds: ['person-martin'],
        actedOn: [{ personId: 'person-martin', at: now }],
      },
    }),
  );
  // Who came to the High Peak day: Mia came, Dan did not; Priya recorded it, and Martin replaced it.
  await stores.attendanceRegisters.create({
    _id: 'day-demo-high-peak',
    challengeDayId: 'day-demo-high-peak',
    districtId: 'high-peak',
    attendedIds: ['person-mia'],
    absentIds: ['person-dan'],
    unannouncedIds: [],
    recordedById: 'person-priya',
    recordedAt: now,
    version: 1,
    history: [
      {
        commandId: 'register-priya',
        transition: 'record',
        actorId: 'person-priya',
        at: now,
        from: 'none',
        to: 'recorded',
      },
    ],
  });
  const register = await stores.attendanceRegisters.forChallengeDay('day-demo-high-peak');
  if (!register) throw new Error('the register was not stored');
  await stores.attendanceRegisters.saveTransition(register, {
    ...register,
    recordedById: 'person-martin',
    history: [
      ...register.history,
      {
        commandId: 'register-martin',
        transition: 'replace',
        actorId: 'person-martin',
        at: now,
        from: 'recorded',
        to: 'recorded',
      },
    ],
  });
  // A people file Priya sent the bot and Martin applied, and a list of a channel's members offered to Priya.
  await stores.peopleImports.save({
    _id: 'import-priya',
    uploadedBy: 'person-priya',
    fileName: 'staff.csv',
    uploadedAt: now,
    appliedAt: now,
    appliedBy: 'person-martin',
  });
  await stores.caseHandbacks.saveOnce({
    _id: 'handback-priya',
    reportId: 'report-demo',
    challengeDayId: 'day-demo',
    districtId: 'chesterfield',
    caseReference: 'CR-104233',
    findingIds: ['finding-demo'],
    actionIds: [],
    recipientIds: ['person-priya'],
    sentAt: now,
    acknowledged: { byId: 'person-martin', at: now },
  });
  await stores.rosterOffers.save({
    _id: 'roster-priya',
    districtId: 'chesterfield',
    offeredBy: 'person-priya',
    offeredAt: now,
    candidates: [{ displayName: 'Amy Clarke', email: 'amy.clarke@derbyshire.gov.uk' }],
  });
  // The year's programme, set by Priya.
  await stores.programmes.create({
    _id: 'programme-2027',
    year: 2027,
    rota: [{ districtId: 'chesterfield', everyWeeks: 8, weekday: 3, firstDate: new Date('2027-01-06T00:00:00Z') }],
    blackouts: [],
    reminderWeeks: 4,
    changes: [],
    createdAt: now,
    version: 0,
    history: [
      {
        commandId: 'set-2027',
        transition: 'set_programme',
        actorId: 'person-priya',
        at: now,
        from: 'none',
        to: '1 districts',
      },
    ],
  });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('everything held about one person (a subject access request)', () => {
  it.each(['person-mia', 'person-dan', 'person-priya', 'person-martin'])(
    'for %s: every record that names them is there, and no record that does not',
    async (personId) => {
      const records = await recordsNamingPerson(database.stores, personId);
      expect(idsByCollection(records)).toEqual(await everyDocumentNaming(personId));
    },
  );

  it('finds Mia as owner, suggested owner, reply author, actor and recipient, and writes it as JSON and one HTML page', async () => {
    const records = await recordsNamingPerson(database.stores, 'person-mia');
    expect(records.people.map((person) => person.displayName)).toEqual(['Mia Clarke']);
    expect(records.actions.map((action) => action._id)).toContain('action-demo-high-peak-1');
    expect(records.caseFindings.length).toBeGreaterThan(0);
    expect(records.noticeReplies.map((reply) => reply.note)).toEqual(['On leave']);
    expect(records.conversationLinks).toHaveLength(1);
    expect(records.outbox.map((entry) => entry._id)).toEqual(['out-mia-action']);
    expect(records.auditEvents.some((event) => event.transition === 'acknowledge')).toBe(true);
    expect(records.transitionSteps.length).toBeGreaterThan(0);

    const written = await writePersonExport(records, folder, now);
    const json = JSON.parse(readFileSync(written.json, 'utf8')) as Record<string, { _id: string }[]>;
    expect(json.actions?.map((action) => action._id)).toEqual(records.actions.map((action) => action._id));
    const html = readFileSync(written.html, 'utf8');
    expect(html).toContain('<h1>Records held about Mia Clarke (person-mia)</h1>');
    expect(html).toContain('action-demo-high-peak-1');
    expect(html).toContain('On leave');
    // Self-contained: nothing is fetched from elsewhere when it is opened.
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b|\bsrc=|url\(/i);
    // Jo's reply and actions are Jo's, not Mia's.
    expect(html).not.toContain('person-jo');
    expect(readFileSync(written.json, 'utf8')).not.toContain('action-demo-chesterfield-past-1');
  });

  it('includes the changes the bot made to their record, though the system made them', async () => {
    const mia = await database.stores.people.findById('person-mia');
    if (!mia) throw new Error('the demo county has Mia');
    const linked = { ...mia, identities: { ...mia.identities, slackUserId: 'U-MIA-NEW' } };
    // Later than the demo's own linking of her accounts, which is audited at `now`.
    const at = new Date(now.getTime() + 60_000);
    const audit = personChangeAudit(mia, linked, { transition: 'link_identity', actor: SYSTEM_ACTOR, at });
    await database.stores.auditEvents.record(audit);

    const records = await recordsNamingPerson(database.stores, 'person-mia');

    expect(records.auditEvents).toContainEqual(audit);
    expect(idsByCollection(records)).toEqual(await everyDocumentNaming('person-mia'));
  });

  it('lists the findings, reports and trails they viewed, and who viewed the findings they wrote', async () => {
    const { stores } = database;
    await stores.caseFindings.submit(
      aCaseFinding({ _id: 'finding-by-mia', auditorId: 'person-mia', caseReference: 'CR-555001' }),
    );
    const view = (id: string, actorId: string, entityId: string) =>
      stores.auditEvents.record({
        _id: id,
        entityKind: 'case_finding',
        entityId,
        transition: 'view',
        actorId,
        at: now,
        commandId: id,
        before: 'submitted',
        after: 'submitted',
      });
    await view('view-of-mias-work', 'person-priya', 'finding-by-mia');
    await view('view-by-mia', 'person-mia', 'finding-someone-elses');

    const records = await recordsNamingPerson(stores, 'person-mia');

    expect(records.viewsOfTheirWork.map((event) => [event._id, event.actorId])).toEqual([
      ['view-of-mias-work', 'person-priya'],
    ]);
    expect(records.viewsTheyMade.map((event) => event._id)).toEqual(['view-by-mia']);
    const gatheredLater = new Date(now.getTime() + 60_000);
    const html = readFileSync((await writePersonExport(records, folder, gatheredLater)).html, 'utf8');
    expect(html).toContain(
      'Who viewed the findings they wrote, the reports they drafted or verified, and exports listing their actions (1)',
    );
    expect(html).toContain(
      'Of those, the findings, report pages, case audit trails and action plan exports they viewed (1)',
    );
    expect(idsByCollection(records)).toEqual(await everyDocumentNaming('person-mia'));
  });

  it('escapes what people wrote, so the page shows it rather than running it', async () => {
    await database.stores.noticeReplies.saveReply(
      aNoticeReply({
        challengeDayId: 'day-demo-chesterfield-next',
        personId: 'person-liam',
        kind: 'unavailable',
        note: '<script>alert(1)</script> & more',
      }),
    );
    const written = await writePersonExport(await recordsNamingPerson(database.stores, 'person-liam'), folder, now);
    const html = readFileSync(written.html, 'utf8');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; more');
    expect(html).not.toContain('<script>');
  });
});
