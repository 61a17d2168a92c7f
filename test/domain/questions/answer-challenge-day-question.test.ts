import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import type { Person } from '../../../src/domain/people/person.js';
import {
  answerChallengeDayQuestion,
  dayOutcome,
  type ChallengeDayAnswerPorts,
} from '../../../src/domain/questions/answer-challenge-day-question.js';
import type { ChallengeDayQuery } from '../../../src/domain/questions/query.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { dayHelpersOf } from '../../../src/interactions/present/day-refusal.js';
import { aCaseFinding, aChallengeDay, anAction, aPerson, aReport } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
/** Monday 7 December 2026. */
const now = new Date('2026-12-07T10:00:00Z');
const day = calendarDateFromIso;

const priya = aPerson({ _id: 'person-priya', displayName: 'Priya Shah', roles: ['qa_manager'] });
const jo = aPerson({ _id: 'person-jo', displayName: 'Jo Bennett', roles: ['staff'] });
const sue = aPerson({ _id: 'person-sue', displayName: 'Sue Marsh', roles: ['senior_manager'] });
const ed = aPerson({ _id: 'person-ed', displayName: 'Ed Sands', roles: ['staff'], districtIds: ['erewash'] });
const pat = aPerson({ _id: 'person-pat', displayName: 'Pat Dunne', roles: ['partner_agency'] });

const heldInChesterfield = aChallengeDay({
  _id: 'day-chesterfield-november',
  date: day('2026-11-05'),
  startsAt: new Date('2026-11-05T09:30:00Z'),
  status: 'verified',
  plannedById: priya._id,
  auditTeamIds: [pat._id],
});
const heldInErewash = aChallengeDay({
  _id: 'day-erewash-november',
  districtId: 'erewash',
  date: day('2026-11-19'),
  startsAt: new Date('2026-11-19T09:30:00Z'),
  status: 'report_drafted',
  plannedById: priya._id,
});
const cancelledInChesterfield = aChallengeDay({
  _id: 'day-chesterfield-cancelled',
  date: day('2026-12-10'),
  startsAt: new Date('2026-12-10T09:30:00Z'),
  status: 'cancelled',
});
const nextInChesterfield = aChallengeDay({
  _id: 'day-chesterfield-january',
  date: day('2027-01-14'),
  startsAt: new Date('2027-01-14T09:30:00Z'),
  status: 'planned',
});
const nextInErewash = aChallengeDay({
  _id: 'day-erewash-december',
  districtId: 'erewash',
  date: day('2026-12-17'),
  startsAt: new Date('2026-12-17T09:30:00Z'),
  status: 'announced',
});

beforeAll(async () => {
  const { stores } = database;
  for (const person of [priya, jo, sue, ed, pat]) await stores.people.save(person);
  for (const saved of [heldInChesterfield, heldInErewash, cancelledInChesterfield, nextInChesterfield, nextInErewash]) {
    await stores.challengeDays.create(saved);
  }
  await stores.reports.create(aReport({ challengeDayId: heldInChesterfield._id, status: 'approved' }));
  await stores.reports.create(
    aReport({ challengeDayId: heldInErewash._id, districtId: 'erewash', status: 'draft', draftedById: priya._id }),
  );
  await stores.caseFindings.submit(aCaseFinding({ challengeDayId: heldInChesterfield._id, overallGrade: 'good' }));
  await stores.caseFindings.submit(
    aCaseFinding({
      challengeDayId: heldInChesterfield._id,
      caseReference: 'CR-104234',
      overallGrade: 'good',
      moderation: {
        overallGrade: 'inadequate',
        domainGrades: {},
        note: 'Risk not reassessed after the move.',
        moderatorId: priya._id,
        at: new Date('2026-11-10T10:00:00Z'),
      },
    }),
  );
  await stores.actions.create(anAction({ challengeDayId: heldInChesterfield._id }));
  await stores.actions.create(anAction({ challengeDayId: heldInChesterfield._id, status: 'verified' }));
});

const ports = (): ChallengeDayAnswerPorts => {
  const { stores } = database;
  return {
    upcoming: (from) => stores.challengeDays.upcoming(from),
    latestForDistrict: (districtId, onOrBefore) => stores.challengeDays.latestForDistrict(districtId, onOrBefore),
    districtIds: async () => ['chesterfield', 'erewash'],
    reportFor: (dayId) => stores.reports.forChallengeDay(dayId),
    findingsOf: (dayId) => stores.caseFindings.forChallengeDay(dayId),
    actionsOf: (dayId) => stores.actions.forChallengeDay(dayId),
    dayHelpers: dayHelpersOf(stores),
  };
};

const ask = (query: Omit<ChallengeDayQuery, 'kind'>, asker: Person) =>
  answerChallengeDayQuestion(ports(), { kind: 'challenge_day', ...query }, actorFor(asker), now);

describe('answering questions about Challenge Days', () => {
  it('the next day in a district is the soonest not cancelled, planned ones included', async () => {
    const answer = await ask({ which: 'next', about: 'when', districtId: 'chesterfield' }, jo);
    if (!answer.ok) throw answer.error;
    expect(answer.value.day._id).toBe(nextInChesterfield._id);
  });

  it('the next day asked of the whole county is the soonest of the districts the asker takes part in', async () => {
    const forJo = await ask({ which: 'next', about: 'when' }, jo);
    const forPriya = await ask({ which: 'next', about: 'when' }, priya);
    if (!forJo.ok || !forPriya.ok) throw new Error('expected answers');
    expect(forJo.value.day._id).toBe(nextInChesterfield._id);
    expect(forPriya.value.day._id).toBe(nextInErewash._id);
  });

  it('the last day is the latest held, across the county when no district is named', async () => {
    const answer = await ask({ which: 'last', about: 'audit_team' }, priya);
    if (!answer.ok) throw answer.error;
    expect(answer.value.day._id).toBe(heldInErewash._id);
  });

  it('another district’s days are refused, saying who can tell about them', async () => {
    const answer = await ask({ which: 'next', about: 'when', districtId: 'chesterfield' }, ed);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe('You can ask about the Challenge Days of the districts you work in.');
  });

  it('what a day found is counted from its findings, a moderated grade counting instead of the auditor’s', async () => {
    const answer = await ask({ which: 'last', about: 'outcome', districtId: 'chesterfield' }, jo);
    if (!answer.ok) throw answer.error;
    if (answer.value.about !== 'outcome') throw new Error('expected an outcome');
    expect(answer.value.outcome).toStrictEqual({
      findingCount: 2,
      overallGrades: { outstanding: 0, good: 1, requires_improvement: 0, inadequate: 1 },
      actionsRaised: 2,
      actionsOpen: 1,
      reportStatus: 'approved',
    });
  });

  it('before its report is verified, what a day found is for QA managers only; others are told whom to ask', async () => {
    const forSue = await ask({ which: 'last', about: 'outcome', districtId: 'erewash' }, sue);
    expect(forSue.ok).toBe(false);
    if (forSue.ok) return;
    expect(forSue.error.message).toBe(
      'What that Challenge Day found is shared once a senior manager has verified its report. Ask Priya Shah, who planned it.',
    );
    expect((await ask({ which: 'last', about: 'outcome', districtId: 'erewash' }, priya)).ok).toBe(true);
  });

  it('a police or health colleague on the audit team is not given the report’s counts', async () => {
    const answer = await ask({ which: 'last', about: 'outcome', districtId: 'chesterfield' }, pat);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe(
      'What that Challenge Day found is in its report, which is not shared with you. Ask Priya Shah, who planned it.',
    );
  });

  it('a day without findings, actions or report counts nothing', () => {
    expect(dayOutcome([], [], null)).toStrictEqual({
      findingCount: 0,
      overallGrades: { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 },
      actionsRaised: 0,
      actionsOpen: 0,
      reportStatus: 'none',
    });
  });
});
