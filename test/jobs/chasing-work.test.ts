import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { chasingHandlers } from '../../src/jobs/chasing-handlers.js';
import { runDueWork } from '../../src/jobs/due-work-runner.js';
import { planScheduledWork } from '../../src/jobs/plan-scheduled-work.js';
import { renderNotification } from '../../src/interactions/render-notification.js';
import { createLogger } from '../../src/logger.js';
import { aConversationLink, aDistrict, aPerson, anAction } from '../support/fixtures.js';
import { textsOf } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import { actOnAction } from '../../src/domain/action/act-on-action.js';
import { actorFor } from '../../src/domain/people/actor.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const logger = createLogger('silent');
const rules = { reminderDaysBefore: 3, escalationWorkingDays: 5 };
const day = calendarDateFromIso;

/** Runs the due work as one running instance would, at `at`. */
const runAt = (at: string, owner = 'instance-a') =>
  runDueWork(
    { stores: database.stores, handlers: chasingHandlers(database.stores, rules, logger), logger, owner },
    () => new Date(at),
  );
const queued = (key: string) => database.stores.outbox.collection[driver].find({ key }).toArray();
const personalChat = (personId: string) =>
  aConversationLink({ kind: 'personal', personId, districtId: undefined, audience: undefined });

describe('planning the periodic work', () => {
  it('two instances planning at once, again and again, schedule each week’s digests, the summary and the day’s chasing once', async () => {
    const { stores } = database;
    for (const [id, name] of [
      ['plan-north', 'Plan North'],
      ['plan-south', 'Plan South'],
    ] as const) {
      await stores.districts.save(aDistrict({ _id: id, name, aliases: [] }));
    }
    const now = new Date('2031-02-04T10:00:00Z');
    await Promise.all([1, 2, 3, 4].map(() => planScheduledWork(stores, now)));
    const planned = await stores.scheduledWork.collection[driver]
      .find({
        _id: {
          $in: ['digest:plan-north:2031-W06', 'digest:plan-south:2031-W06', 'summary:2031-01', 'chasing:2031-02-04'],
        },
      })
      .toArray();
    expect(planned.map((work) => work._id).sort()).toEqual([
      'chasing:2031-02-04',
      'digest:plan-north:2031-W06',
      'digest:plan-south:2031-W06',
      'summary:2031-01',
    ]);
    expect(await planScheduledWork(stores, now)).toBe(0);
    // Monday 09:00 in February is 09:00 UTC; the summary goes on the month's first working day, Monday 3rd.
    expect(planned.find((work) => work._id === 'digest:plan-north:2031-W06')?.dueAt).toEqual(
      new Date('2031-02-03T09:00:00Z'),
    );
    expect(planned.find((work) => work._id === 'summary:2031-01')?.dueAt).toEqual(new Date('2031-02-03T09:00:00Z'));
  });
});

describe('reminders and escalations', () => {
  it('the day’s chasing schedules a reminder for an action coming due, and nothing for a completed one', async () => {
    const { stores } = database;
    await stores.actions.create(anAction({ _id: 'chase-open', dueDate: day('2032-03-12'), districtId: 'chase' }));
    await stores.actions.create(
      anAction({ _id: 'chase-done', dueDate: day('2032-03-12'), districtId: 'chase', status: 'verified' }),
    );
    await stores.scheduledWork.schedule({
      _id: 'chasing:2032-03-09',
      kind: 'chasing',
      dueAt: new Date('2032-03-09T00:00:00Z'),
      payload: { day: '2032-03-09' },
      status: 'pending',
      attempts: 0,
    });
    await runAt('2032-03-09T00:05:00Z');
    const planned = await stores.scheduledWork.collection[driver].find({ _id: /^reminder:chase-/ }).toArray();
    expect(planned.map((work) => [work._id, work.dueAt])).toEqual([
      ['reminder:chase-open:before:2032-03-12', new Date('2032-03-09T09:00:00Z')],
    ]);
  });

  it('a reminder goes to the owner’s personal chat once, however often it runs, and not at all once the action is done or moved', async () => {
    const { stores } = database;
    const owner = aPerson({ _id: 'person-remind-owner' });
    await stores.people.save(owner);
    await stores.conversationLinks.remember(personalChat(owner._id));
    const reminder = (actionId: string) => ({
      _id: `reminder:${actionId}:overdue:2032-04-02`,
      kind: 'reminder' as const,
      dueAt: new Date('2032-04-05T08:00:00Z'),
      payload: { actionId, dueDate: '2032-04-02', moment: 'overdue' as const },
      status: 'pending' as const,
      attempts: 0,
    });
    await stores.actions.create(anAction({ _id: 'remind-open', ownerId: owner._id, dueDate: day('2032-04-02') }));
    await stores.actions.create(
      anAction({ _id: 'remind-done', ownerId: owner._id, dueDate: day('2032-04-02'), status: 'completed' }),
    );
    await stores.actions.create(anAction({ _id: 'remind-moved', ownerId: owner._id, dueDate: day('2032-05-03') }));
    for (const actionId of ['remind-open', 'remind-done', 'remind-moved'])
      await stores.scheduledWork.schedule(reminder(actionId));

    await Promise.all([runAt('2032-04-05T08:01:00Z', 'instance-a'), runAt('2032-04-05T08:01:00Z', 'instance-b')]);
    // Run again as if its lease had run out mid-way: still one message.
    await stores.scheduledWork.collection[driver].updateOne(
      { _id: reminder('remind-open')._id },
      { $set: { status: 'pending' } },
    );
    await runAt('2032-04-05T08:30:00Z', 'instance-b');

    expect(await queued('reminder:remind-open:overdue:2032-04-02')).toHaveLength(1);
    expect(await queued('reminder:remind-done:overdue:2032-04-02')).toHaveLength(0);
    expect(await queued('reminder:remind-moved:overdue:2032-04-02')).toHaveLength(0);
    const message = await renderNotification(
      stores,
      { kind: 'action_reminder', actionId: 'remind-open', moment: 'overdue' },
      new Date('2032-04-05T08:01:00Z'),
    );
    expect(message?.text).toContain('Your action is overdue; it was due on Fri 2 Apr 2032');
    expect(JSON.stringify(message?.card)).toContain('"verb":"action.acknowledge"');
  });

  it('an escalation goes to the owner’s own manager when their record names one, else to the district managers', async () => {
    const { stores } = database;
    const people = [
      aPerson({ _id: 'person-esc-managed', managerId: 'person-esc-sue', districtIds: ['esc'] }),
      aPerson({ _id: 'person-esc-sue', roles: ['senior_manager'], districtIds: ['other'] }),
      aPerson({ _id: 'person-esc-unmanaged', districtIds: ['esc'] }),
      aPerson({ _id: 'person-esc-helen', roles: ['district_manager'], districtIds: ['esc'] }),
    ];
    for (const person of people) {
      await stores.people.save(person);
      await stores.conversationLinks.remember(personalChat(person._id));
    }
    for (const [actionId, ownerId] of [
      ['esc-managed', 'person-esc-managed'],
      ['esc-unmanaged', 'person-esc-unmanaged'],
    ] as const) {
      await stores.actions.create(anAction({ _id: actionId, ownerId, districtId: 'esc', dueDate: day('2032-06-01') }));
      await stores.scheduledWork.schedule({
        _id: `escalation:${actionId}:2032-06-01`,
        kind: 'escalation',
        dueAt: new Date('2032-06-08T08:00:00Z'),
        payload: { actionId, dueDate: '2032-06-01' },
        status: 'pending',
        attempts: 0,
      });
    }
    await runAt('2032-06-08T08:00:00Z');
    const recipients = async (key: string) => {
      const entries = await queued(key);
      const links = await Promise.all(
        entries.map((entry) => entry.linkId && stores.conversationLinks.collection.findById(entry.linkId)),
      );
      return links.map((link) => link && link.personId);
    };
    expect(await recipients('escalation:esc-managed:2032-06-01')).toEqual(['person-esc-sue']);
    expect(await recipients('escalation:esc-unmanaged:2032-06-01')).toEqual(['person-esc-helen']);
    const message = await renderNotification(
      stores,
      { kind: 'action_escalation', actionId: 'esc-unmanaged', managerId: 'person-esc-helen' },
      new Date('2032-06-08T08:00:00Z'),
    );
    expect(message?.text).toMatch(/^Overdue by 5 working days: Sam Auditor’s action, due Tue 1 Jun 2032/);
  });
  it('a new date approved after the reminder was planned: nothing goes at the old times, and the reminders and escalation come at the new ones', async () => {
    const { stores } = database;
    const owner = aPerson({ _id: 'person-move-owner', districtIds: ['move'] });
    const helen = aPerson({ _id: 'person-move-helen', roles: ['district_manager'], districtIds: ['move'] });
    for (const person of [owner, helen]) {
      await stores.people.save(person);
      await stores.conversationLinks.remember(personalChat(person._id));
    }
    await stores.actions.create(
      anAction({
        _id: 'move-me',
        ownerId: owner._id,
        districtId: 'move',
        status: 'acknowledged',
        createdAt: new Date('2032-03-01T10:00:00Z'),
        dueDate: day('2032-04-02'),
        dateChangeRequest: {
          requestedDate: day('2032-04-30'),
          reason: 'The family court hearing moved',
          byId: owner._id,
          at: new Date('2032-03-29T15:00:00Z'),
        },
      }),
    );
    /** The day's chasing looks over the plan just after midnight; what it planned is sent from 09:00. */
    const chaseOn = async (isoDay: string, beforeSending: () => Promise<void> = async () => undefined) => {
      await stores.scheduledWork.schedule({
        _id: `chasing:${isoDay}`,
        kind: 'chasing',
        dueAt: new Date(`${isoDay}T00:00:00Z`),
        payload: { day: isoDay },
        status: 'pending',
        attempts: 0,
      });
      await runAt(`${isoDay}T00:05:00Z`);
      await beforeSending();
      await runAt(`${isoDay}T09:01:00Z`);
    };
    const sentAbout = async () =>
      (await stores.outbox.collection[driver].find({ key: /move-me/ }).toArray()).map((entry) => entry.key).sort();

    // Tuesday 30 March: the reminder three working days before Friday 2 April is planned, then Helen approves
    // 30 April before it goes.
    await chaseOn('2032-03-30', async () => {
      const planned = await stores.scheduledWork.collection[driver].find({ _id: /^reminder:move-me/ }).toArray();
      expect(planned.map((work) => work._id)).toEqual(['reminder:move-me:before:2032-04-02']);
      const approved = await actOnAction(
        stores.actions,
        'move-me',
        { kind: 'approve_date_change' },
        { actor: actorFor(helen), commandId: 'approve-move-me', now: new Date('2032-03-30T08:00:00Z') },
      );
      expect(approved.ok).toBe(true);
    });
    // The old due date, its overdue day and the day it would have been escalated pass without a word.
    for (const isoDay of ['2032-03-31', '2032-04-01', '2032-04-02', '2032-04-05', '2032-04-06', '2032-04-09'])
      await chaseOn(isoDay);
    expect(await sentAbout()).toEqual([]);

    // The new date is chased as the old one would have been: before it, when overdue, then to Helen. (Monday
    // 3 May 2032 is a bank holiday, so overdue is Tuesday 4 May and five working days overdue is Monday 10 May.)
    for (const isoDay of ['2032-04-27', '2032-04-30', '2032-05-04', '2032-05-05', '2032-05-10']) await chaseOn(isoDay);
    expect(await sentAbout()).toEqual([
      'escalation:move-me:2032-04-30',
      'reminder:move-me:before:2032-04-30',
      'reminder:move-me:overdue:2032-04-30',
    ]);
    const escalation = await stores.outbox.collection[driver].findOne({ key: 'escalation:move-me:2032-04-30' });
    expect(escalation?.createdAt).toEqual(new Date('2032-05-10T09:01:00Z'));
  });
});

describe('digests and the monthly summary', () => {
  it('a district’s digest goes to its district and MAT channels; a district with nothing outstanding gets none', async () => {
    const { stores } = database;
    await stores.districts.save(aDistrict({ _id: 'digest-busy', name: 'Digest Busy', aliases: [] }));
    await stores.districts.save(aDistrict({ _id: 'digest-quiet', name: 'Digest Quiet', aliases: [] }));
    const channels = [
      aConversationLink({ districtId: 'digest-busy' }),
      aConversationLink({ districtId: 'digest-busy', audience: 'mat' }),
      aConversationLink({ districtId: 'digest-quiet' }),
    ];
    for (const channel of channels) await stores.conversationLinks.remember(channel);
    await stores.actions.create(
      anAction({ _id: 'digest-late', districtId: 'digest-busy', dueDate: day('2033-01-03'), what: 'Late one' }),
    );
    await stores.actions.create(
      anAction({ _id: 'digest-soon', districtId: 'digest-busy', dueDate: day('2033-02-01') }),
    );
    for (const districtId of ['digest-busy', 'digest-quiet']) {
      await stores.scheduledWork.schedule({
        _id: `digest:${districtId}:2033-W03`,
        kind: 'digest',
        dueAt: new Date('2033-01-17T09:00:00Z'),
        payload: { districtId, week: '2033-W03' },
        status: 'pending',
        attempts: 0,
      });
    }
    await runAt('2033-01-17T09:00:00Z');
    expect((await queued('digest:digest-busy:2033-W03')).map((entry) => entry.conversationId).sort()).toEqual(
      channels
        .slice(0, 2)
        .map((channel) => channel.conversationId)
        .sort(),
    );
    expect(await queued('digest:digest-quiet:2033-W03')).toHaveLength(0);
    const message = await renderNotification(
      stores,
      { kind: 'weekly_digest', districtId: 'digest-busy', week: '2033-W03' },
      new Date('2033-01-17T09:00:00Z'),
    );
    expect(message?.text).toBe('Action plan digest for Digest Busy: 2 outstanding, 1 overdue');
    expect(textsOf(message?.card).join(' | ')).toContain('**14 days overdue** — Late one');
  });

  it('the monthly summary goes to the managers’ channel with each district’s figures and trend', async () => {
    const { stores } = database;
    const done = (at: string) => ({ evidence: 'Done', byId: 'person-owner', at: new Date(at) });
    await stores.districts.save(aDistrict({ _id: 'summary-d', name: 'Aardvark Vale', aliases: [] }));
    const actions = [
      // November 2034: one of two on time. December: two of three on time, one still open and overdue.
      anAction({
        _id: 's-n1',
        dueDate: day('2034-11-10'),
        status: 'verified',
        completion: done('2034-11-09T10:00:00Z'),
      }),
      anAction({
        _id: 's-n2',
        dueDate: day('2034-11-20'),
        status: 'completed',
        completion: done('2034-11-25T10:00:00Z'),
      }),
      anAction({
        _id: 's-d1',
        dueDate: day('2034-12-05'),
        status: 'completed',
        completion: done('2034-12-05T10:00:00Z'),
      }),
      anAction({
        _id: 's-d2',
        dueDate: day('2034-12-12'),
        status: 'verified',
        completion: done('2034-12-01T10:00:00Z'),
      }),
      anAction({ _id: 's-d3', dueDate: day('2034-12-15'), status: 'open', what: 'Still not done' }),
    ].map((action) => ({
      ...action,
      districtId: 'summary-d',
      createdAt: new Date('2034-12-01T10:00:00Z'),
      acknowledgedAt: new Date('2034-12-02T10:00:00Z'),
    }));
    for (const action of actions) await stores.actions.create(action);
    const managers = aConversationLink({ districtId: undefined, audience: undefined, purpose: 'managers' });
    await stores.conversationLinks.remember(managers);
    await stores.scheduledWork.schedule({
      _id: 'summary:2034-12',
      kind: 'summary',
      dueAt: new Date('2035-01-02T09:00:00Z'),
      payload: { month: '2034-12' },
      status: 'pending',
      attempts: 0,
    });
    await runAt('2035-01-02T09:00:00Z');
    expect((await queued('summary:2034-12')).map((entry) => entry.conversationId)).toEqual([managers.conversationId]);

    const message = await renderNotification(
      stores,
      { kind: 'performance_summary', month: '2034-12' },
      new Date('2035-01-02T09:00:00Z'),
    );
    const text = textsOf(message?.card).join(' | ');
    expect(message?.text).toBe('Action plan performance for December 2034');
    expect(JSON.stringify(message?.card)).toContain('"title":"Completed on time","value":"67% (2 of 3 due)"');
    expect(JSON.stringify(message?.card)).toContain('"title":"Trend","value":"Up 17 points on November"');
    expect(JSON.stringify(message?.card)).toContain('18 days overdue: Still not done');
    expect(JSON.stringify(message?.card)).toContain('"type":"Chart.VerticalBar"');
    expect(text).toContain('Action plan performance');
  });
});
