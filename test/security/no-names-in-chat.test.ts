import { SuggestedQuestionSeal } from '../../src/interactions/suggested-question-seal.js';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { DEFAULT_SERVICE_PRIORITIES } from '../../src/domain/challenge-day/service-priorities.js';
import type { Notification } from '../../src/domain/notifications/notification.js';
import { actorFor } from '../../src/domain/people/actor.js';
import { renderNotification } from '../../src/interactions/render-notification.js';
import { actionCard } from '../../src/interactions/present/action-card.js';
import { noticeCard } from '../../src/interactions/present/notice-card.js';
import { reportActionForm, reportDraftCard } from '../../src/interactions/present/report-cards.js';
import type { InteractionDeps } from '../../src/interactions/interaction-deps.js';
import { openForm } from '../../src/interactions/handle-card-action.js';
import { CARD_VERB_NAMES } from '../../src/interactions/verbs/card-verbs.js';
import { message, postActivity } from '../support/teams-activities.js';
import { teamsAndSlackScene } from '../support/scene.js';
import { ChatDrivers, TEAMS_CHANNEL, type Member, type Platform } from './support/chat-drivers.js';
import { everythingSent, leaksIn, type Outbound } from './support/outbound.js';
import { planting, plantedText, plantedValues, type Planting } from './support/planted-identity.js';
import { driver } from '../../src/store/driver-collection.js';

/*
 * No child is named in a chat. Each run of the property plants a child's name, date of birth, NHS number,
 * postcode and street address in every free-text field of a whole Challenge Day cycle — planning, the
 * notice, the sample, findings, focus groups, visits, the report and its review, the action plan — and in
 * chat questions, as people in the demo county would type them in Teams and in Slack. Then everything that
 * left for Teams or Slack, and every card and message the bot can render for the cycle's records, is
 * searched: the case references are there; the planted data is not — except in the finding's role-checked
 * detail view, and in a person's own entry handed back to them with what to correct.
 */

// Ahead of any real clock: Slack's signed timestamps are real time, and the bot refuses ones from its future.
const start = new Date('2031-03-03T10:00:00Z');
// The demo county's districts, people and records, and everyone's chats with the bot in Teams and in Slack.
const scene = teamsAndSlackScene({
  now: start,
  districts: [],
  seed: async () => {
    await seedDemo(database.stores, start);
    // Chesterfield's channels are linked in both.
    for (const member of everyone) {
      await drivers.say(member, 'teams', 'personal', 'hello');
      await drivers.say(member, 'slack', 'personal', 'help');
    }
    await drivers.say(priya, 'teams', 'channel', 'link this channel to Chesterfield');
    await drivers.say(priya, 'slack', 'channel', 'link this channel to Chesterfield');
    await scene.running.bot.tick();
    await settle();
  },
});
const { database, connector, slack, settle } = scene;
const drivers = new ChatDrivers(() => scene.running.baseUrl, connector, slack);
/** Bot Connector calls that are the finding's detail view, shown to a reader who may see it. */
const detailViews = new Set<string>();
const rendered: Outbound[] = [];
const everyPlanted: string[] = [];

const demoMember = (n: number, personId: string, name: string): Member => ({
  personId,
  teams: { aadObjectId: `00000000-0000-0000-0000-0000000000${20 + n}`, name },
  slackUserId: `U0DEMO${String(n).padStart(3, '0')}`,
});
const priya = demoMember(0, 'person-priya', 'Priya Patel'); // QA manager
const martin = demoMember(1, 'person-martin', 'Martin Cole'); // senior manager
const helen = demoMember(3, 'person-helen', 'Helen Ward'); // district manager, Chesterfield
const dan = demoMember(5, 'person-dan', 'Dan Reeves'); // peer auditor
const kate = demoMember(7, 'person-kate', 'DS Kate Lomas'); // police auditor (partner agency)
const jo = demoMember(9, 'person-jo', 'Jo Bennett'); // social worker
const liam = demoMember(10, 'person-liam', 'Liam Foster'); // social worker
const everyone = [priya, martin, helen, dan, kate, jo, liam];

const londonIso = (instant: Date, days = 0) =>
  DateTime.fromJSDate(instant, { zone: 'Europe/London' }).plus({ days }).toISODate() ?? '';
const refusedForIdentity = (answer: string) => expect(answer).toMatch(/This looks like (a|an) /);

interface Platforms {
  readonly priya: Platform;
  readonly dan: Platform;
  readonly martin: Platform;
  readonly jo: Platform;
}

let runs = 0;

/** One whole Challenge Day cycle with identity data planted in every free-text field along the way. */
/** The copies of a day's notice still waiting in the outbox. */
async function noticeCopiesWaiting(dayId: string): Promise<number> {
  return database.stores.outbox.collection[driver].countDocuments({ key: `notice:${dayId}`, status: 'pending' });
}

async function plantedCycle(plan: Planting, on: Platforms): Promise<{ caseReferences: string[] }> {
  const run = runs++;
  const { stores } = database;
  let field = 0;
  const planted = () => plantedText(plan, field++);
  everyPlanted.push(...plantedValues(plan.identity));
  scene.running.clock.now = DateTime.fromJSDate(start)
    .plus({ days: 7 + 21 * run })
    .toJSDate();
  const dayIso = londonIso(scene.running.clock.now, 3);

  // 1. Planning: the sites and the intelligence notes are refused while they hold identity data.
  const planAnswers = {
    districtId: 'chesterfield',
    date: dayIso,
    startTime: '09:30',
    focusAreas: '2',
    intelligence: 'complaints',
    auditTeamIds: 'person-dan,person-martin',
    expectedAttendeeIds: 'person-jo,person-liam',
  };
  refusedForIdentity(
    await drivers.submit(
      priya,
      on.priya,
      'plan.submit',
      {},
      {
        ...planAnswers,
        districtSite: planted(),
        matSite: planted(),
        intelligenceNotes: planted(),
      },
    ),
  );
  await drivers.submit(
    priya,
    on.priya,
    'plan.submit',
    {},
    {
      ...planAnswers,
      districtSite: 'Chesterfield Town Hall, Room 4',
      matSite: 'Staveley Healthy Living Centre',
      intelligenceNotes: 'Two complaints about missed visits.',
    },
  );
  const day = (await stores.challengeDays.collection[driver].find({ districtId: 'chesterfield' }).toArray()).find(
    (candidate) => londonIso(candidate.startsAt) === dayIso,
  );
  if (!day) throw new Error(`The day of ${dayIso} was not planned`);
  const dayId = day._id;

  // 2. The 48-hour notice; replies by form (the case to discuss must be a reference) and in the thread.
  scene.running.clock.now = new Date(day.startsAt.getTime() - 48 * 3_600_000);
  await scene.running.bot.tick();
  await settle();
  // A copy the outbox put back (a platform limit, a passing fault on a busy machine) goes a little later.
  for (let wait = 0; wait < 5 && (await noticeCopiesWaiting(dayId)) > 0; wait += 1) await scene.later(60_000);
  refusedForIdentity(
    await drivers.submit(
      jo,
      on.jo,
      'notice.reply',
      { challengeDayId: dayId },
      {
        kind: 'unavailable',
        caseReference: plan.identity.name,
        note: planted(),
      },
    ),
  );
  const note = planted();
  await drivers.submit(jo, on.jo, 'notice.reply', { challengeDayId: dayId }, { kind: 'unavailable', note });
  expect((await stores.noticeReplies.repliesForDay(dayId)).find((reply) => reply.personId === jo.personId)?.note).toBe(
    note,
  );
  const noticePost = (await stores.outbox.sentCopiesOf(`notice:${dayId}`)).find(
    (entry) => entry.conversationId === TEAMS_CHANNEL.id,
  );
  await postActivity(
    scene.running.baseUrl,
    message(
      connector.serviceUrl,
      { ...TEAMS_CHANNEL, id: `${TEAMS_CHANNEL.id};messageid=${noticePost?.sentMessageId ?? 'none'}` },
      liam.teams,
      `can't make it, ${planted()}`,
    ),
  );
  await settle();
  expect((await stores.noticeReplies.repliesForDay(dayId)).map((reply) => reply.personId)).toContain(liam.personId);

  // 3. The sample: a name in the list is refused without being repeated.
  const references = [1, 2, 3].map((k) => `CR-${7000 + run * 10 + k}`);
  await drivers.say(
    priya,
    'teams',
    'personal',
    `draw sample of 2 for Chesterfield seed run-${run}\n${references[0]}, Chesterfield CP 1\n${plan.identity.name}, Chesterfield CP 2`,
  );
  expect(await stores.caseSamples.forChallengeDay(dayId)).toBeNull();
  // The seed is shown on the receipt: one that looks like identity data is refused, not repeated.
  const seededWith = plan.identity.nhsNumber.replace(/ /g, '-');
  everyPlanted.push(seededWith);
  await drivers.say(
    priya,
    'teams',
    'personal',
    `draw sample of 2 for Chesterfield seed ${seededWith}\n${references.map((reference) => `${reference}, Chesterfield CP 1`).join('\n')}`,
  );
  expect(await stores.caseSamples.forChallengeDay(dayId)).toBeNull();
  await drivers.say(
    priya,
    'teams',
    'personal',
    `draw sample of 2 for Chesterfield seed run-${run}\n${references.map((reference, k) => `${reference}, Chesterfield CP ${1 + (k % 2)}`).join('\n')}`,
  );
  await settle();
  const sample = await stores.caseSamples.forChallengeDay(dayId);
  const danCase = sample?.cases.find((entry) => entry.auditorId === dan.personId)?.caseReference ?? references[0] ?? '';

  // 4. On the day: a finding keeps its notes whole, but its recommendation (an action to be) must not name anyone.
  scene.running.clock.now = new Date(day.startsAt.getTime() + 4 * 3_600_000);
  const grades = {
    overallGrade: 'requires_improvement',
    voice_of_child_grade: 'requires_improvement',
    management_oversight_grade: 'good',
    assessment_and_plan_grade: 'good',
    risk_and_safety_grade: 'good',
    timeliness_grade: 'good',
  };
  const notes = {
    voice_of_child_comment: planted(),
    management_oversight_comment: planted(),
    assessment_and_plan_comment: planted(),
    risk_and_safety_comment: planted(),
    timeliness_comment: planted(),
    strengths: planted(),
    areasForImprovement: planted(),
    safeguardingConcern: 'true',
    safeguardingReason: planted(),
  };
  const recommendation = {
    recommendation1Owner: jo.personId,
    recommendation1DueDate: londonIso(day.startsAt, 40),
    recommendation1Priority: 'high',
  };
  refusedForIdentity(
    await drivers.submit(
      dan,
      on.dan,
      'finding.submit',
      { challengeDayId: dayId },
      {
        caseReference: plan.identity.nhsNumber,
        ...grades,
        ...notes,
        ...recommendation,
        recommendation1Text: planted(),
        recommendation2Text: planted(),
        recommendation2DueDate: recommendation.recommendation1DueDate,
        recommendation3Text: planted(),
        recommendation3DueDate: recommendation.recommendation1DueDate,
      },
    ),
  );
  await drivers.submit(
    dan,
    on.dan,
    'finding.submit',
    { challengeDayId: dayId },
    {
      caseReference: danCase,
      ...grades,
      ...notes,
      ...recommendation,
      recommendation1Text: 'Record the child’s wishes and feelings at every visit',
    },
  );
  const [finding] = await stores.caseFindings.forCase('chesterfield', danCase);
  expect(finding?.strengths).toBe(notes.strengths);
  await drivers.submit(
    martin,
    on.martin,
    'focusGroup.submit',
    { challengeDayId: dayId },
    {
      group: 'staff',
      attendeeCount: '8',
      working: planted(),
      worries: planted(),
      ideas: planted(),
      themes: '1',
    },
  );
  const visit = { observed: planted(), feedbackGiven: planted(), learning: planted() };
  refusedForIdentity(
    await drivers.submit(
      martin,
      on.martin,
      'visit.submit',
      { challengeDayId: dayId },
      {
        workerReference: plan.identity.postcode,
        ...visit,
      },
    ),
  );
  await drivers.submit(
    martin,
    on.martin,
    'visit.submit',
    { challengeDayId: dayId },
    { workerReference: 'SW-0412', ...visit },
  );
  await settle();

  // 5. Moderation, and the detail view: in full to a reader in a personal chat, nowhere else.
  await drivers.say(priya, 'teams', 'personal', `moderate ${danCase} overall good`);
  const beforeDetail = connector.calls.length;
  await drivers.say(helen, 'teams', 'personal', `show finding ${danCase}`);
  const detail = connector.calls.slice(beforeDetail);
  for (const call of detail) detailViews.add(call.id);
  expect(JSON.stringify(detail)).toContain(notes.strengths);
  await drivers.say(helen, 'teams', 'channel', `show finding ${danCase}`);
  await drivers.say(kate, 'teams', 'personal', `show finding ${danCase}`);

  // 6. The report: drafted, an action reworded, returned with comments, submitted again and verified.
  await drivers.say(priya, 'teams', 'personal', 'draft the report for Chesterfield');
  const report = await stores.reports.forChallengeDay(dayId);
  if (!report) throw new Error('No report was drafted');
  const draft = report.draftActions[0];
  expect(draft).toBeDefined();
  if (draft) {
    const edit = {
      ownerId: draft.ownerId,
      dueDate: londonIso(draft.dueDate),
      priority: draft.priority,
      leaveOut: 'false',
    };
    const ids = { reportId: report._id, actionKey: draft.key };
    refusedForIdentity(await drivers.submit(priya, on.priya, 'report.editAction', ids, { ...edit, what: planted() }));
    await drivers.submit(priya, on.priya, 'report.editAction', ids, {
      ...edit,
      what: 'Record the child’s wishes and feelings at every statutory visit',
    });
  }
  await drivers.press(priya, 'teams', 'report.submit', { reportId: report._id });
  await settle();
  refusedForIdentity(
    await drivers.submit(martin, 'teams', 'report.return', { reportId: report._id }, { comments: planted() }),
  );
  await drivers.submit(
    martin,
    'teams',
    'report.return',
    { reportId: report._id },
    { comments: 'Give the dates in the plan.' },
  );
  await drivers.press(priya, 'teams', 'report.submit', { reportId: report._id });
  await settle();
  refusedForIdentity(
    await drivers.submit(martin, 'teams', 'report.approve', { reportId: report._id }, { comments: planted() }),
  );
  await drivers.submit(martin, 'teams', 'report.approve', { reportId: report._id }, { comments: '' });
  await settle();
  expect((await stores.reports.findById(report._id))?.status).toBe('approved');

  // 7. The action plan: every note, reason and piece of evidence is refused while it names anyone.
  const action = (await stores.actions.forChallengeDay(dayId)).find((candidate) => candidate.ownerId === jo.personId);
  expect(action).toBeDefined();
  if (action) {
    const ids = { actionId: action._id };
    await drivers.press(jo, on.jo, 'action.acknowledge', ids);
    refusedForIdentity(await drivers.submit(jo, on.jo, 'action.addProgress', ids, { note: planted() }));
    await drivers.submit(jo, on.jo, 'action.addProgress', ids, {
      note: 'Template changed; the team has been briefed.',
    });
    const later = londonIso(action.dueDate, 14);
    refusedForIdentity(
      await drivers.submit(jo, on.jo, 'action.requestDateChange', ids, { requestedDate: later, reason: planted() }),
    );
    await drivers.submit(jo, on.jo, 'action.requestDateChange', ids, {
      requestedDate: later,
      reason: 'Training is next month.',
    });
    refusedForIdentity(await drivers.submit(helen, 'teams', 'action.declineDateChange', ids, { reason: planted() }));
    await drivers.submit(helen, 'teams', 'action.declineDateChange', ids, { reason: 'The inspection is before then.' });
    // While it is open, the reminders and the escalation it could get.
    await renderNotifications([
      { kind: 'action_reminder', actionId: action._id, moment: 'before' },
      { kind: 'action_reminder', actionId: action._id, moment: 'overdue' },
      { kind: 'action_escalation', actionId: action._id, managerId: helen.personId },
    ]);
    refusedForIdentity(await drivers.submit(jo, on.jo, 'action.complete', ids, { evidence: planted() }));
    await drivers.submit(jo, on.jo, 'action.complete', ids, { evidence: 'Audit of ten visits: all record wishes.' });
    refusedForIdentity(await drivers.submit(helen, 'teams', 'action.reopen', ids, { reason: planted() }));
    await drivers.press(helen, 'teams', 'action.verify', ids);
    await settle();
    expect((await stores.actions.findById(action._id))?.status).toBe('verified');
  }

  // 8. Questions in words, with identity data where a district, a case or a person would be.
  const { name, dateOfBirth, nhsNumber, postcode, address } = plan.identity;
  for (const text of [
    `show overdue actions for ${name}`,
    `overdue actions owned by ${name}`,
    `audit trail for ${name}`,
    `show finding ${nhsNumber}`,
    `moderate ${postcode} overall good`,
    `who hasn't replied for ${address}`,
    `what came out of the last Challenge Day on ${dateOfBirth}`,
    planted(),
  ]) {
    await drivers.say(priya, on.priya, 'channel', text);
  }
  await drivers.say(priya, 'teams', 'personal', `audit trail for case ${danCase}`);
  await drivers.say(helen, 'teams', 'channel', 'show overdue actions for Chesterfield');
  await drivers.say(jo, on.jo, 'personal', 'my actions');
  await drivers.say(helen, 'teams', 'personal', "who hasn't replied for Chesterfield");

  // 9. A week on, reminders, escalations and digests fall due; then every card of the cycle is rendered.
  scene.running.clock.now = DateTime.fromJSDate(scene.running.clock.now).plus({ days: 8 }).toJSDate();
  await scene.running.bot.tick();
  await settle();
  await renderEveryCard(dayId, report._id, finding?._id, action?._id, danCase);
  return { caseReferences: [danCase] };
}

/** Notifications rendered as they would be sent now; each must have something to say. */
async function renderNotifications(notifications: readonly Notification[]): Promise<void> {
  for (const notification of notifications) {
    const card = await renderNotification(database.stores, notification, scene.running.clock.now);
    expect(card, notification.kind).not.toBeNull();
    rendered.push({ what: `rendered ${notification.kind}`, body: JSON.stringify(card), allowed: [] });
  }
}

/** Every notification and every form and card the bot can show for the cycle's records, rendered as it would be. */
async function renderEveryCard(
  dayId: string,
  reportId: string,
  findingId: string | undefined,
  actionId: string | undefined,
  caseReference: string,
): Promise<void> {
  const { stores } = database;
  const now = scene.running.clock.now;
  const london = DateTime.fromJSDate(now, { zone: 'Europe/London' });
  const notifications: Notification[] = [
    { kind: 'challenge_day_notice', challengeDayId: dayId },
    { kind: 'case_finding_request', challengeDayId: dayId, caseReference },
    { kind: 'report_verification', reportId },
    { kind: 'report_summary', reportId },
    { kind: 'weekly_digest', districtId: 'chesterfield', week: london.toFormat("kkkk-'W'WW") },
    { kind: 'performance_summary', month: london.toFormat('yyyy-LL') },
    ...(findingId ? [{ kind: 'safeguarding_alert' as const, caseFindingId: findingId }] : []),
    ...(actionId ? [{ kind: 'action_assigned' as const, actionId }] : []),
  ];
  await renderNotifications(notifications);
  const notice = await noticeCard(stores, dayId, now);
  rendered.push({ what: 'rendered notice card', body: JSON.stringify(notice), allowed: [] });
  const deps: InteractionDeps = {
    stores,
    servicePriorities: DEFAULT_SERVICE_PRIORITIES,
    now: () => now,
    deliver: async () => ({ queued: 0, unreachable: [] }),
    announce: async () => undefined,
    retryUndelivered: async () => undefined,
    refreshDelivered: async () => undefined,
    refreshActionCopies: async () => undefined,
    reportLinkFor: () => ({
      url: 'https://example.invalid/report.html',
      pdfUrl: 'https://example.invalid/report.pdf',
      expiresAt: now,
    }),
    exportLinksFor: () => ({
      urls: { csv: 'https://example.invalid/plan.csv', xlsx: 'https://example.invalid/plan.xlsx' },
      expiresAt: now,
    }),
    figuresFor: () => Promise.reject(new Error('no figures are asked for here')),
    figureLinksFor: () => ({
      charts: { actions: 'https://example.invalid/figures-actions.png' },
      xlsxUrl: 'https://example.invalid/figures.xlsx',
      expiresAt: now,
      chartsExpireAt: now,
    }),
    programmePictureUrl: () => 'https://example.invalid/programme.png',
    suggestedQuestions: new SuggestedQuestionSeal('a-test-secret'),
  };
  const qaManager = await stores.people.findById(priya.personId);
  const report = await stores.reports.findById(reportId);
  const action = actionId ? await stores.actions.findById(actionId) : null;
  if (!qaManager || !report) throw new Error('the demo QA manager or the report is missing');
  for (const form of CARD_VERB_NAMES) {
    const reply = await openForm(deps, qaManager, form, {
      challengeDayId: dayId,
      reportId,
      ...(actionId ? { actionId } : {}),
      ...(report.draftActions[0] ? { actionKey: report.draftActions[0].key } : {}),
    }).catch((error: unknown) => ({ refused: String(error) }));
    rendered.push({ what: `rendered form ${form}`, body: JSON.stringify(reply), allowed: [] });
  }
  rendered.push({
    what: 'rendered report draft',
    body: JSON.stringify(await reportDraftCard(stores, report, actorFor(qaManager))),
    allowed: [],
  });
  if (report.draftActions[0]) {
    const form = await reportActionForm(stores, report, report.draftActions[0].key);
    rendered.push({ what: 'rendered report action form', body: JSON.stringify(form), allowed: [] });
  }
  if (action) {
    for (const viewer of [jo, helen, priya]) {
      const person = await stores.people.findById(viewer.personId);
      if (!person) continue;
      const card = await actionCard(stores, action, actorFor(person), now, 'person');
      rendered.push({ what: `rendered action card for ${viewer.personId}`, body: JSON.stringify(card), allowed: [] });
    }
  }
}

describe('no child is named in a chat', () => {
  it('whatever identity data is typed into any free-text field, in Teams or Slack, only case references leave for the chat', async () => {
    const platform = fc.constantFrom<Platform>('teams', 'slack');
    await fc.assert(
      fc.asyncProperty(
        planting,
        fc.record({ priya: platform, dan: platform, martin: platform, jo: platform }),
        async (plan, on) => {
          const { caseReferences } = await plantedCycle(plan, on);
          const sent = [...everythingSent(connector, slack, drivers.direct, detailViews), ...rendered];
          expect(leaksIn(sent, everyPlanted)).toEqual([]);
          const notEchoes = sent.filter((item) => item.allowed.length === 0);
          for (const reference of caseReferences) {
            expect(notEchoes.some((item) => item.body.includes(reference))).toBe(true);
          }
        },
      ),
      { numRuns: 5, endOnFailure: true },
    );
    // The detail view showed the planted notes: they were stored and are shown there, and only there.
    expect(detailViews.size).toBeGreaterThan(0);
  }, 600_000);
});
