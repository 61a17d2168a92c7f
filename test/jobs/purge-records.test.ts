import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/domain/notifications/outbox-entry.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { stepKey } from '../../src/store/transition-steps.js';
import {
  aCaseFinding,
  aCaseSample,
  aChallengeDay,
  aFocusGroupFeedback,
  aNoticeReply,
  aReport,
  aScheduledWork,
  anAction,
  anObservedVisit,
} from '../support/fixtures.js';
import { startTestBot, type RunningTestBot } from '../support/test-bot.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
// Defaults: findings and reports 6 years after the day, notice replies 365 days, outbox and done work 90 days.
const now = new Date('2032-06-15T12:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

/** A Challenge Day with one record of every kind that hangs off it. */
async function dayWithRecords(name: string, isoDate: string) {
  const { stores } = database;
  const date = calendarDateFromIso(isoDate);
  const day = await stores.challengeDays.create(
    aChallengeDay({ _id: `day-${name}`, date, startsAt: new Date(date.getTime() + 9.5 * 3_600_000), status: 'closed' }),
  );
  await stores.caseFindings.submit(aCaseFinding({ _id: `finding-${name}`, challengeDayId: day._id }));
  await stores.caseSamples.insert(aCaseSample({ _id: `sample-${name}`, challengeDayId: day._id }));
  await stores.caseHandbacks.saveOnce({
    _id: `handback-${name}`,
    reportId: `report-${name}`,
    challengeDayId: day._id,
    districtId: 'chesterfield',
    caseReference: 'CR-104233',
    findingIds: [`finding-${name}`],
    actionIds: [`action-${name}`],
    recipientIds: [`person-${name}`],
    sentAt: date,
  });
  await stores.focusGroupFeedback.submit(aFocusGroupFeedback({ _id: `focus-${name}`, challengeDayId: day._id }));
  await stores.observedVisits.submit(anObservedVisit({ _id: `visit-${name}`, challengeDayId: day._id }));
  await stores.actions.create(anAction({ _id: `action-${name}`, challengeDayId: day._id }));
  await stores.reports.create(aReport({ _id: `report-${name}`, challengeDayId: day._id }));
  await stores.noticeReplies.saveReply(aNoticeReply({ challengeDayId: day._id, personId: `person-${name}` }));
  await stores.attendanceRegisters.create({
    _id: day._id,
    challengeDayId: day._id,
    districtId: day.districtId,
    attendedIds: [`person-${name}`],
    absentIds: [],
    unannouncedIds: [],
    recordedById: 'person-priya',
    recordedAt: date,
    version: 1,
    history: [
      {
        commandId: `register-${name}`,
        transition: 'record',
        actorId: 'person-priya',
        at: date,
        from: 'none',
        to: 'recorded',
      },
    ],
  });
  // A step claimed for the action, as acknowledging it would: it holds a copy of the action.
  await stores.transitionSteps.claim({
    _id: stepKey('action', `action-${name}`, 2),
    commandId: `ack-${name}`,
    at: date,
    after: { _id: `action-${name}`, what: 'a copy of the action' },
  });
}

const outboxEntry = (id: string, status: OutboxEntry['status'], createdAt: Date): OutboxEntry => ({
  _id: id,
  key: `notice:${id}`,
  notification: { kind: 'challenge_day_notice', challengeDayId: 'day-new' },
  platform: 'teams',
  conversationId: `19:${id}@thread.tacv2`,
  linkId: `link-${id}`,
  status,
  attempts: 1,
  nextAttemptAt: createdAt,
  createdAt,
});

const has = async (collection: keyof typeof database.stores, id: string) =>
  (await database.stores[collection].collection[driver].countDocuments({ _id: id })) === 1;

let running: RunningTestBot;
beforeAll(async () => {
  await dayWithRecords('old', '2026-06-14'); // a day more than 6 years ago
  await dayWithRecords('edge', '2026-06-15'); // exactly 6 years ago: kept until the day is over
  await dayWithRecords('last-year', '2031-06-01'); // replies past 365 days, the rest kept
  await dayWithRecords('new', '2032-06-01');
  for (const [id, status, createdAt] of [
    ['out-sent-old', 'sent', daysBefore(91)],
    ['out-failed-old', 'failed', daysBefore(91)],
    ['out-sent-new', 'sent', daysBefore(89)],
  ] as const) {
    await database.stores.outbox.enqueue(outboxEntry(id, status, createdAt));
  }
  // Still being retried (the platform asked it to wait): an entry not yet delivered is never purged.
  await database.stores.outbox.enqueue({
    ...outboxEntry('out-pending-old', 'pending', daysBefore(91)),
    nextAttemptAt: daysBefore(-2),
  });
  await database.stores.transitionSteps.claim({
    _id: stepKey('outbox', 'out-sent-old', 1),
    commandId: 'instance-a',
    at: daysBefore(91),
    after: {},
  });
  for (const [id, status, dueAt] of [
    ['notice:done-old', 'done', daysBefore(91)],
    ['notice:pending-old', 'pending', daysBefore(91)],
    ['notice:done-new', 'done', daysBefore(89)],
  ] as const) {
    await database.stores.scheduledWork.schedule(
      aScheduledWork({
        _id: id,
        kind: 'notice',
        payload: { challengeDayId: `day-of-${id}` },
        status,
        dueAt,
        ...(status === 'done' ? { doneAt: dueAt } : {}),
      }),
    );
  }
  for (const [id, uploadedAt] of [
    ['import-old', daysBefore(8)],
    ['import-new', daysBefore(6)],
  ] as const) {
    await database.stores.peopleImports.save({
      _id: id,
      uploadedBy: 'person-priya',
      fileName: 'staff.csv',
      text: 'name,email',
      uploadedAt,
    });
  }
  for (const [id, offeredAt] of [
    ['roster-old', daysBefore(8)],
    ['roster-new', daysBefore(6)],
  ] as const) {
    await database.stores.rosterOffers.save({
      _id: id,
      districtId: 'chesterfield',
      offeredBy: 'person-priya',
      offeredAt,
      candidates: [{ displayName: 'Amy Clarke', email: 'amy.clarke@derbyshire.gov.uk' }],
    });
  }
  for (const [id, expiresAt] of [
    ['a'.repeat(64), daysBefore(8)],
    ['b'.repeat(64), daysBefore(6)],
  ] as const) {
    await database.stores.reportLinkClaims.claim({
      _id: id,
      browser: 'c'.repeat(64),
      reportId: 'report-old',
      personId: 'person-priya',
      claimedAt: expiresAt,
      expiresAt,
    });
  }
  // Audit events are kept 7 years by default: one from 8 years ago goes, one from 6 years ago stays.
  for (const [id, at] of [
    ['audit-eight-years-old', daysBefore(8 * 366)],
    ['audit-six-years-old', daysBefore(6 * 365)],
  ] as const) {
    await database.stores.auditEvents.record({
      _id: id,
      entityKind: 'case_finding',
      entityId: `finding-${id}`,
      transition: 'view',
      actorId: 'person-viewer',
      at,
      commandId: `view-${id}`,
      before: 'submitted',
      after: 'submitted',
      caseReferences: ['CR-900001'],
      districtId: 'chesterfield',
    });
  }
  running = await startTestBot(database, {}, now);
});
afterAll(async () => {
  await running.close();
});

describe('the daily purge of records past their retention', () => {
  it('removes what is past its period, keeps the rest, and records in the audit trail what kind and how many', async () => {
    await running.bot.tick();

    expect((await database.stores.scheduledWork.collection.findById('purge:2032-06-15'))?.status).toBe('done');
    for (const name of ['old']) {
      expect(await has('challengeDays', `day-${name}`)).toBe(false);
      expect(await has('caseFindings', `finding-${name}`)).toBe(false);
      expect(await has('caseSamples', `sample-${name}`)).toBe(false);
      expect(await has('caseHandbacks', `handback-${name}`)).toBe(false);
      expect(await has('focusGroupFeedback', `focus-${name}`)).toBe(false);
      expect(await has('observedVisits', `visit-${name}`)).toBe(false);
      expect(await has('actions', `action-${name}`)).toBe(false);
      expect(await has('reports', `report-${name}`)).toBe(false);
      expect(await has('noticeReplies', `day-${name}|person-${name}`)).toBe(false);
      expect(await has('attendanceRegisters', `day-${name}`)).toBe(false);
      expect(await has('transitionSteps', stepKey('action', `action-${name}`, 2))).toBe(false);
    }
    for (const name of ['edge', 'last-year', 'new']) {
      expect(await has('challengeDays', `day-${name}`)).toBe(true);
      expect(await has('caseFindings', `finding-${name}`)).toBe(true);
      expect(await has('caseHandbacks', `handback-${name}`)).toBe(true);
      expect(await has('actions', `action-${name}`)).toBe(true);
      expect(await has('reports', `report-${name}`)).toBe(true);
      expect(await has('attendanceRegisters', `day-${name}`)).toBe(true);
      expect(await has('transitionSteps', stepKey('action', `action-${name}`, 2))).toBe(true);
    }
    expect(await has('noticeReplies', 'day-last-year|person-last-year')).toBe(false);
    expect(await has('noticeReplies', 'day-new|person-new')).toBe(true);
    expect(await has('noticeReplies', 'day-edge|person-edge')).toBe(false);

    expect(await has('outbox', 'out-sent-old')).toBe(false);
    expect(await has('outbox', 'out-failed-old')).toBe(false);
    expect(await has('transitionSteps', stepKey('outbox', 'out-sent-old', 1))).toBe(false);
    expect(await has('outbox', 'out-pending-old')).toBe(true);
    expect(await has('outbox', 'out-sent-new')).toBe(true);
    expect(await has('scheduledWork', 'notice:done-old')).toBe(false);
    expect(await has('scheduledWork', 'notice:pending-old')).toBe(true);
    expect(await has('scheduledWork', 'notice:done-new')).toBe(true);
    expect(await has('peopleImports', 'import-old')).toBe(false);
    expect(await has('peopleImports', 'import-new')).toBe(true);
    expect(await has('rosterOffers', 'roster-old')).toBe(false);
    expect(await has('rosterOffers', 'roster-new')).toBe(true);
    expect(await has('reportLinkClaims', 'a'.repeat(64))).toBe(false);
    expect(await has('reportLinkClaims', 'b'.repeat(64))).toBe(true);

    const purges = await database.stores.auditEvents.byActor('system');
    const notes = Object.fromEntries(
      purges.filter((event) => event.entityKind === 'record_purge').map((event) => [event.entityId, event.note]),
    );
    expect(notes).toEqual({
      case_finding: expect.stringMatching(
        /^Case findings: 1 purged \(kept 6 years after the day; Challenge Days before Mon 15 Jun 2026\)$/,
      ),
      case_sample: expect.stringMatching(/^Case samples: 1 purged/),
      case_handback: expect.stringMatching(/^Case findings sent to team managers: 1 purged/),
      focus_group_feedback: expect.stringMatching(/^Focus-group feedback: 1 purged/),
      observed_visit: expect.stringMatching(/^Observed-visit notes: 1 purged/),
      action: expect.stringMatching(/^Actions: 1 purged/),
      report: expect.stringMatching(/^Reports: 1 purged/),
      attendance_register: expect.stringMatching(/^Registers of who came: 1 purged \(kept 6 years after the day/),
      notice_reply: expect.stringMatching(/^Notice replies: 3 purged \(kept 365 days after the day/),
      challenge_day: expect.stringMatching(/^Challenge Days: 1 purged/),
      outbox_entry: expect.stringMatching(/^Outbox entries: 2 purged \(kept 90 days/),
      scheduled_work: expect.stringMatching(/^Finished scheduled work: 1 purged/),
      people_import: 'People files sent in chat: 1 purged (kept 7 days after they were sent)',
      roster_offer: 'Channel members offered to add: 1 purged (kept 7 days after they were offered)',
      report_link_claim: 'Report links opened: 1 purged (kept 7 days after the link expired)',
      audit_event: 'Audit events: 1 purged (kept 7 years after they happened)',
    });
    // Audit events have their own period (7 years by default): one from 8 years ago goes, one from 6 stays.
    expect(await has('auditEvents', 'audit-eight-years-old')).toBe(false);
    expect(await has('auditEvents', 'audit-six-years-old')).toBe(true);
    // Nothing of what the records held is in the trail, and the purged records' own trail is still there.
    expect(JSON.stringify(purges)).not.toContain('Strong relationship');
    expect(await database.stores.auditEvents.trailFor('case_finding', 'finding-old')).toHaveLength(1);
  });

  it('runs once a day: a second tick the same day purges nothing more, the next day takes the day that just turned six years old', async () => {
    await running.bot.tick();
    expect(await has('challengeDays', 'day-edge')).toBe(true);
    const purgeEvents = async () =>
      (await database.stores.auditEvents.byActor('system')).filter((event) => event.entityKind === 'record_purge');
    expect(await purgeEvents()).toHaveLength(16);

    running.clock.now = new Date('2032-06-16T03:00:00Z');
    await running.bot.tick();

    expect((await database.stores.scheduledWork.collection.findById('purge:2032-06-16'))?.status).toBe('done');
    expect(await has('challengeDays', 'day-edge')).toBe(false);
    expect(await has('caseFindings', 'finding-edge')).toBe(false);
    expect(await has('challengeDays', 'day-last-year')).toBe(true);
    expect(await has('outbox', 'out-pending-old')).toBe(true);
    const newest = (await purgeEvents()).filter((event) => event.commandId === 'purge:2032-06-16');
    expect(newest.map((event) => event.entityId).sort()).toEqual(
      [
        'action',
        'attendance_register',
        'case_finding',
        'case_handback',
        'case_sample',
        'challenge_day',
        'focus_group_feedback',
        'observed_visit',
        'report',
      ].sort(),
    );
  });
});
