import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import type { WebhookEvent } from '../../src/domain/webhooks/webhook-event.js';
import { runWebhookCommand } from '../../src/webhooks/webhook-command.js';
import { FakeWebhookReceiver } from '../fakes/webhook-receiver.js';
import { aChallengeDay, anAction, aReport } from '../support/fixtures.js';
import { caseFindingGrades, completeActionSubmission, planSubmission } from '../support/form-submissions.js';
import { personalChat as chatOf, teamsScene, teamsUser as user } from '../support/scene.js';
import { registered, textsOf } from '../support/teams-activities.js';

const priya = user('priya', 'Priya Patel'); // QA manager
const martin = user('martin', 'Martin Cole'); // senior manager
const helen = user('helen', 'Helen Ward'); // district manager
const dan = user('dan', 'Dan Reeves'); // auditor
const jo = user('jo', 'Jo Bennett'); // social worker

const receiver = new FakeWebhookReceiver();
const teams = teamsScene({
  now: new Date('2026-12-03T10:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(martin, { _id: 'person-martin', roles: ['senior_manager'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'], districtIds: ['erewash'], teamName: 'Erewash CP' }),
    registered(jo, { _id: 'person-jo', roles: ['staff'], teamName: 'Chesterfield CP 1' }),
  ],
});
const { database, press } = teams;

beforeAll(async () => {
  await receiver.start();
  const added = await runWebhookCommand(
    database.stores,
    [
      'add',
      receiver.url(),
      '--events',
      'report.verified,action.overdue,action.completed,action.verified,challenge_day.planned,safeguarding.raised',
      '--districts',
      'all',
    ],
    new Date(),
  );
  receiver.useSecret(/whsec_\S+/.exec(added.stdout)?.[0] ?? '');
});
afterAll(() => receiver.stop());

/** The events the receiver has acted on since `from`, each checked against its signature. */
async function heardSince(from: number): Promise<WebhookEvent[]> {
  await teams.settle();
  return receiver.processed.slice(from) as WebhookEvent[];
}

describe('other systems hear of each step by webhook, when it happens, in summary only', () => {
  it('a Challenge Day planned', async () => {
    const from = receiver.processed.length;
    const planned = await press(priya, chatOf(priya), 'plan-card', 'plan.submit', planSubmission());
    expect(textsOf(planned.body.value).join(' ')).toContain('Challenge Day planned');
    const [event] = await heardSince(from);
    expect(event).toMatchObject({
      type: 'challenge_day.planned',
      timestamp: '2026-12-03T10:00:00.000Z',
      district: { id: 'chesterfield', name: 'Chesterfield' },
      data: { date: '2026-12-10' },
    });
  });

  it('a safeguarding concern raised: the case reference, district and time, not the reason', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'in_progress', auditTeamIds: ['person-dan'] }),
    );
    const from = receiver.processed.length;
    await press(dan, chatOf(dan), 'finding-card', 'finding.submit', {
      challengeDayId: day._id,
      ...caseFindingGrades('inadequate', {
        caseReference: 'CR-770011',
        safeguardingConcern: 'true',
        safeguardingReason: 'No visit for eight weeks while on a child protection plan',
      }),
    });
    const heard = await heardSince(from);
    expect(heard).toEqual([
      {
        id: expect.stringMatching(/^msg_/),
        type: 'safeguarding.raised',
        timestamp: '2026-12-03T10:00:00.000Z',
        district: { id: 'chesterfield', name: 'Chesterfield' },
        data: { caseReference: 'CR-770011' },
      },
    ]);
    expect(receiver.posts.at(-1)?.body).not.toContain('eight weeks');
  });

  it('a report verified, and an action completed then verified', async () => {
    const day = await database.stores.challengeDays.create(aChallengeDay({ status: 'report_drafted' }));
    const report = await database.stores.reports.create(
      aReport({ challengeDayId: day._id, status: 'submitted', draftedById: 'person-priya' }),
    );
    const from = receiver.processed.length;
    const approved = await press(martin, chatOf(martin), 'report-card', 'report.approve', { reportId: report._id });
    expect(textsOf(approved.body.value).join(' ')).toContain('Report verified');

    const action = await database.stores.actions.create(
      anAction({ challengeDayId: day._id, ownerId: 'person-jo', status: 'acknowledged' }),
    );
    await press(jo, chatOf(jo), 'action-card', 'action.complete', {
      actionId: action._id,
      ...completeActionSubmission(),
    });
    await press(helen, chatOf(helen), 'action-card', 'action.verify', { actionId: action._id });
    const heard = await heardSince(from);
    expect(heard.map((event) => [event.type, event.data])).toEqual([
      ['report.verified', { reportId: report._id, challengeDayId: day._id, actionCount: 0 }],
      [
        'action.completed',
        {
          actionId: action._id,
          reference: action.reference,
          status: 'completed',
          dueDate: '2026-12-15',
          challengeDayId: day._id,
        },
      ],
      [
        'action.verified',
        {
          actionId: action._id,
          reference: action.reference,
          status: 'verified',
          dueDate: '2026-12-15',
          challengeDayId: day._id,
        },
      ],
    ]);
    for (const post of receiver.posts) expect(post.body).not.toContain(action.what);
  });

  it('an action overdue, when the chasing job reminds its owner, once', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', status: 'in_progress', dueDate: calendarDateFromIso('2026-12-04') }),
    );
    const from = receiver.processed.length;
    // The first working day after the due date, at the start of the day: the overdue reminder goes.
    teams.setNow('2026-12-07T09:05:00Z');
    await teams.running.bot.tick();
    await teams.running.bot.tick();
    const heard = await heardSince(from);
    expect(heard.filter((event) => event.type === 'action.overdue').map((event) => event.data)).toEqual([
      expect.objectContaining({ actionId: action._id, reference: action.reference, status: 'in_progress' }),
    ]);
  });

  it('a receiver that answers 410 Gone is disabled, and a QA manager sees it in “show failed deliveries”', async () => {
    receiver.answerNext(410);
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'in_progress', auditTeamIds: ['person-dan'] }),
    );
    await press(dan, chatOf(dan), 'finding-card', 'finding.submit', {
      challengeDayId: day._id,
      ...caseFindingGrades('inadequate', {
        caseReference: 'CR-770012',
        safeguardingConcern: 'true',
        safeguardingReason: 'Threats made to the worker at the last visit',
      }),
    });
    await teams.settle();
    expect(receiver.posts.at(-1)?.answered).toBe(410);
    const [subscription] = await database.stores.webhookSubscriptions.all();
    expect(subscription?.status).toBe('disabled');

    await teams.say(priya, chatOf(priya), 'show failed deliveries');
    expect(JSON.stringify(teams.lastIn(chatOf(priya))?.activity)).toContain(
      `Webhook event safeguarding.raised → ${receiver.url()}`,
    );
    expect(JSON.stringify(teams.lastIn(chatOf(priya))?.activity)).toContain(
      'Not delivered: the receiver answered 410 Gone, so its webhook subscription was disabled',
    );
  });
});
