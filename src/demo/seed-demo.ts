import { DateTime } from 'luxon';
import type { Action } from '../domain/action/action.js';
import type { ActionStatus } from '../domain/action/status.js';
import type { CaseFinding } from '../domain/case-finding/case-finding.js';
import type { ChallengeDay } from '../domain/challenge-day/challenge-day.js';
import { DEFAULT_SERVICE_PRIORITIES } from '../domain/challenge-day/service-priorities.js';
import { noticeDueAt } from '../domain/challenge-day/notice-time.js';
import type { HistoryEntry } from '../domain/shared/history.js';
import { SERVICE_TIME_ZONE, calendarDateFromIso, londonWallTime } from '../domain/shared/london-time.js';
import type { Stores } from '../store/stores.js';
import { DEMO_DISTRICTS } from './demo-county.js';
import { loadDemoDistricts } from './load-demo-districts.js';
import { loadDemoPeople } from './load-demo-people.js';
import { PLAYGROUND_CHANNELS, playgroundChannelLink } from './playground.js';

/**
 * Fills a database with the demo county: a past Challenge Day in High Peak with findings, focus-group
 * feedback, an observed visit, a verified report and actions in every state (some overdue), an older one
 * in Chesterfield, a Derbyshire Dales day held yesterday whose findings wait for their report, and a
 * Chesterfield day two days ahead whose 48-hour notice is due now. Dates are relative to `now`, so the
 * demo always shows overdue, awaiting and upcoming work.
 */
export async function seedDemo(
  stores: Stores,
  now: Date,
): Promise<{ districts: number; people: number; days: number; actions: number }> {
  await loadDemoDistricts(stores, now);
  const people = await loadDemoPeople(stores, now);
  for (const channel of PLAYGROUND_CHANNELS)
    await stores.conversationLinks.remember(playgroundChannelLink(channel, now));

  const today = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).startOf('day');
  const isoDaysFrom = (days: number) => today.plus({ days }).toISODate() ?? '';

  const highPeak = await stores.challengeDays.create(
    pastDay('day-demo-high-peak', 'high-peak', 'High Peak MAT', isoDaysFrom(-42), now, 'circulated'),
  );
  const chesterfieldPast = await stores.challengeDays.create(
    pastDay('day-demo-chesterfield-past', 'chesterfield', 'Chesterfield MAT', isoDaysFrom(-91), now, 'circulated'),
  );

  const findings = demoFindings(highPeak, now);
  for (const finding of findings) await stores.caseFindings.submit(finding);
  await stores.focusGroupFeedback.submit({
    _id: 'focus-demo-1',
    submissionId: 'submission-demo-focus-1',
    challengeDayId: highPeak._id,
    facilitatorId: 'person-martin',
    group: 'staff',
    attendeeCount: 9,
    working: 'Peer support and reflective supervision are valued.',
    worries: 'Caseloads above 22; duty weeks leave little time for direct work.',
    ideas: 'A shared diary for joint visits with health visitors.',
    themes: [DEFAULT_SERVICE_PRIORITIES[8], DEFAULT_SERVICE_PRIORITIES[4]],
    submittedAt: highPeak.startsAt,
  });
  await stores.observedVisits.submit({
    _id: 'visit-demo-1',
    submissionId: 'submission-demo-visit-1',
    challengeDayId: highPeak._id,
    seniorManagerId: 'person-martin',
    workerReference: 'SW-0412',
    observed: 'A calm, child-centred home visit; the child was seen alone and their views recorded.',
    feedbackGiven: 'Praised the direct work; suggested sharing the plan with the school.',
    learning: 'Direct-work tools are used well when workers have time to prepare.',
    submittedAt: highPeak.startsAt,
  });

  const actions = [
    ...demoActions(highPeak, 'person-mia', 'person-gareth', now),
    ...demoActions(chesterfieldPast, 'person-jo', 'person-helen', now).slice(0, 3),
  ];
  for (const action of actions) await stores.actions.create(action);

  await stores.reports.create({
    _id: 'report-demo-high-peak',
    challengeDayId: highPeak._id,
    districtId: highPeak.districtId,
    status: 'approved',
    draftedById: 'person-priya',
    summary: 'Practice is mostly good; the voice of the child is not consistently recorded.',
    draftActions: [],
    leftOutKeys: [],
    actionIds: actions.filter((action) => action.challengeDayId === highPeak._id).map((action) => action._id),
    returns: [],
    approvedById: 'person-martin',
    approvedAt: highPeak.startsAt,
    createdAt: highPeak.startsAt,
    version: 3,
    history: [
      entry('seed-report-draft', 'draft', 'person-priya', highPeak.startsAt, 'none', 'draft'),
      entry('seed-report-submit', 'submit', 'person-priya', highPeak.startsAt, 'draft', 'submitted'),
      entry('seed-report-approve', 'approve', 'person-martin', highPeak.startsAt, 'submitted', 'approved'),
    ],
  });

  // Held yesterday, its findings in: "draft the report for Derbyshire Dales" starts the report.
  const dales = await stores.challengeDays.create({
    ...pastDay(
      'day-demo-dales-yesterday',
      'derbyshire-dales',
      'Derbyshire Dales MAT',
      isoDaysFrom(-1),
      now,
      'in_progress',
    ),
    auditTeamIds: ['person-martin', 'person-amira', 'person-ruth'],
  });
  for (const finding of dalesFindings(dales, now)) await stores.caseFindings.submit(finding);
  await stores.focusGroupFeedback.submit({
    _id: 'focus-demo-dales-1',
    submissionId: 'submission-demo-focus-dales-1',
    challengeDayId: dales._id,
    facilitatorId: 'person-martin',
    group: 'managers',
    attendeeCount: 5,
    working: 'Team managers know their cases well.',
    worries: 'Agency staff turnover breaks relationships with families.',
    themes: [DEFAULT_SERVICE_PRIORITIES[8]],
    submittedAt: dales.startsAt,
  });

  const upcomingIso = isoDaysFrom(2);
  const upcoming = await stores.challengeDays.create({
    _id: 'day-demo-chesterfield-next',
    districtId: 'chesterfield',
    matLocality: 'Chesterfield MAT',
    date: calendarDateFromIso(upcomingIso),
    startsAt: londonWallTime(upcomingIso, '09:30'),
    sites: { district: 'Chesterfield Town Hall, Committee Room 2', mat: 'Staveley Healthy Living Centre' },
    focusAreas: [DEFAULT_SERVICE_PRIORITIES[1], DEFAULT_SERVICE_PRIORITIES[4]],
    intelligence: ['complaints', 'monthly_audits', 'management_information'],
    intelligenceNotes: 'Two complaints about missed visits; monthly audit shows supervision gaps.',
    auditTeamIds: ['person-martin', 'person-dan', 'person-amira', 'person-kate', 'person-ruth'],
    expectedAttendeeIds: ['person-jo', 'person-liam', 'person-helen'],
    status: 'planned',
    plannedById: 'person-priya',
    createdAt: now,
    version: 1,
    history: [entry('seed-plan-next', 'plan', 'person-priya', now, 'none', 'planned')],
  });
  await stores.scheduledWork.schedule({
    _id: `notice:${upcoming._id}`,
    kind: 'notice',
    dueAt: new Date(Math.min(noticeDueAt(upcoming.startsAt).getTime(), now.getTime())),
    payload: { challengeDayId: upcoming._id },
    status: 'pending',
    attempts: 0,
  });
  return { districts: DEMO_DISTRICTS.length, people, days: 4, actions: actions.length };
}

function entry(
  commandId: string,
  transition: string,
  actorId: string,
  at: Date,
  from: string,
  to: string,
): HistoryEntry {
  return { commandId, transition, actorId, at, from, to };
}

function pastDay(
  id: string,
  districtId: string,
  matLocality: string,
  iso: string,
  now: Date,
  status: ChallengeDay['status'],
): ChallengeDay {
  const startsAt = londonWallTime(iso, '09:30');
  const steps: [string, string, string][] = [
    ['plan', 'none', 'planned'],
    ['announce', 'planned', 'announced'],
    ['start', 'announced', 'in_progress'],
    ['draft_report', 'in_progress', 'report_drafted'],
    ['verify', 'report_drafted', 'verified'],
    ['circulate', 'verified', 'circulated'],
  ];
  const actors: Record<string, string> = {
    verify: 'person-martin',
    announce: 'system',
    start: 'system',
    circulate: 'system',
  };
  const reached = steps.slice(0, steps.findIndex(([, , to]) => to === status) + 1);
  const history = reached.map(([transition, from, to]) =>
    entry(
      `seed-${id}-${transition}`,
      transition,
      actors[transition] ?? 'person-priya',
      startsAt < now ? startsAt : now,
      from,
      to,
    ),
  );
  return {
    _id: id,
    districtId,
    matLocality,
    date: calendarDateFromIso(iso),
    startsAt,
    sites: { district: `${matLocality.replace(' MAT', '')} Area Office`, mat: `${matLocality} base` },
    focusAreas: [DEFAULT_SERVICE_PRIORITIES[1], DEFAULT_SERVICE_PRIORITIES[2]],
    intelligence: ['monthly_audits', 'inspection'],
    auditTeamIds: ['person-martin', 'person-dan', 'person-kate'],
    expectedAttendeeIds: [],
    status,
    plannedById: 'person-priya',
    createdAt: startsAt,
    version: history.length,
    history,
  };
}

function demoFindings(day: ChallengeDay, now: Date): CaseFinding[] {
  const due = calendarDateFromIso(
    DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).plus({ days: 14 }).toISODate() ?? '',
  );
  const grades = [
    ['CR-104233', 'good', 'requires_improvement'],
    ['CR-104871', 'requires_improvement', 'requires_improvement'],
    ['CR-105002', 'good', 'good'],
    ['MAT-2291', 'outstanding', 'good'],
  ] as const;
  return grades.map(([caseReference, overall, voice], index) => ({
    _id: `finding-demo-${index + 1}`,
    submissionId: `submission-demo-finding-${index + 1}`,
    challengeDayId: day._id,
    districtId: day.districtId,
    caseReference,
    auditorId: index % 2 === 0 ? 'person-dan' : 'person-kate',
    overallGrade: overall,
    domains: {
      voice_of_child: {
        grade: voice,
        comment: voice === 'good' ? 'Child’s views clearly recorded.' : 'Wishes and feelings missing at recent visits.',
      },
      management_oversight: { grade: 'good' },
      assessment_and_plan: { grade: overall === 'requires_improvement' ? 'requires_improvement' : 'good' },
      risk_and_safety: { grade: 'good' },
      timeliness: { grade: 'good' },
    },
    strengths: 'Consistent worker; good relationship with the family.',
    areasForImprovement: voice === 'good' ? undefined : 'Record the child’s wishes and feelings at every visit.',
    safeguardingConcern: { raised: false },
    recommendations:
      voice === 'good'
        ? []
        : [
            {
              text: 'Record wishes and feelings at every statutory visit.',
              suggestedOwnerId: 'person-mia',
              dueDate: due,
              priority: 'high',
            },
          ],
    submittedAt: day.startsAt,
  }));
}

/** Three cases from yesterday's Derbyshire Dales day, with recommendations for the report to carry. */
function dalesFindings(day: ChallengeDay, now: Date): CaseFinding[] {
  const due = (days: number) =>
    calendarDateFromIso(DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).plus({ days }).toISODate() ?? '');
  const cases = [
    [
      'CR-207114',
      'requires_improvement',
      'Plans do not say who does what by when.',
      'Rewrite the child protection plan so each action names who does it and by when',
      'person-tom',
      28,
    ],
    [
      'CR-207250',
      'good',
      'Visits are on time, but the child’s views are not in the plan.',
      'Record the child’s views in the plan at the next review',
      'person-ella',
      21,
    ],
    [
      'CR-207391',
      'good',
      'The chronology is out of date since the last review.',
      'Bring the chronology up to date and keep it current after each event',
      'person-ella',
      14,
    ],
  ] as const;
  return cases.map(([caseReference, overall, area, recommendation, ownerId, dueDays], index) => ({
    _id: `finding-demo-dales-${index + 1}`,
    submissionId: `submission-demo-finding-dales-${index + 1}`,
    challengeDayId: day._id,
    districtId: day.districtId,
    caseReference,
    auditorId: index === 1 ? 'person-ruth' : 'person-amira',
    overallGrade: overall,
    domains: {
      voice_of_child: { grade: index === 1 ? 'requires_improvement' : 'good' },
      management_oversight: { grade: 'good' },
      assessment_and_plan: { grade: overall },
      risk_and_safety: { grade: 'good' },
      timeliness: { grade: index === 2 ? 'requires_improvement' : 'good' },
    },
    strengths: 'The worker knows the family well and visits are purposeful.',
    areasForImprovement: area,
    safeguardingConcern: { raised: false },
    recommendations: [
      {
        text: recommendation,
        suggestedOwnerId: ownerId,
        dueDate: due(dueDays),
        priority: index === 0 ? 'high' : 'medium',
      },
    ],
    submittedAt: day.startsAt,
  }));
}

/** Actions in every state: open and overdue, acknowledged, in progress and overdue, waiting on a new date, done. */
function demoActions(day: ChallengeDay, ownerId: string, managerId: string, now: Date): Action[] {
  const dueIn = (days: number) =>
    calendarDateFromIso(DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).plus({ days }).toISODate() ?? '');
  const plan: [string, ActionStatus, number, string][] = [
    ['Record the child’s wishes and feelings at every statutory visit', 'open', -5, 'high'],
    ['Audit supervision records for all child protection cases', 'acknowledged', 10, 'medium'],
    ['Share plans with schools within 10 working days', 'in_progress', -12, 'high'],
    ['Refresh the neglect toolkit training for the assessment team', 'in_progress', 20, 'low'],
    ['Review caseload allocation on duty weeks', 'completed', -2, 'medium'],
    ['Introduce a joint-visit diary with health visitors', 'verified', -20, 'low'],
  ];
  const path: ActionStatus[] = ['open', 'acknowledged', 'in_progress', 'completed', 'verified'];
  return plan.map(([what, status, dueDays, priority], index) => {
    const id = `action-demo-${day._id.replace('day-demo-', '')}-${index + 1}`;
    const reached = path.slice(0, path.indexOf(status) + 1);
    const history = reached.map((to, step) =>
      entry(
        `seed-${id}-${step}`,
        step === 0 ? 'create' : to === 'acknowledged' ? 'acknowledge' : to,
        step >= 4 ? managerId : ownerId,
        day.startsAt,
        step === 0 ? 'none' : (reached[step - 1] ?? 'none'),
        to,
      ),
    );
    return {
      _id: id,
      challengeDayId: day._id,
      districtId: day.districtId,
      what,
      source: {
        kind: 'report',
        id: `report-${day._id}`,
        summary: `From the ${day.matLocality.replace(' MAT', '')} Challenge Day report`,
      },
      ownerId,
      dueDate: dueIn(dueDays),
      priority: priority as Action['priority'],
      status,
      progress:
        status === 'in_progress' ? [{ note: 'Started with the duty team.', byId: ownerId, at: day.startsAt }] : [],
      ...(index === 3
        ? {
            dateChangeRequest: {
              requestedDate: dueIn(45),
              reason: 'Training provider can only run sessions next month.',
              byId: ownerId,
              at: now,
            },
          }
        : {}),
      ...(status === 'completed' || status === 'verified'
        ? { completion: { evidence: 'Duty rota changed; caseloads reviewed weekly.', byId: ownerId, at: day.startsAt } }
        : {}),
      ...(status !== 'open' ? { acknowledgedAt: day.startsAt } : {}),
      createdAt: day.startsAt,
      version: history.length,
      history,
    };
  });
}
