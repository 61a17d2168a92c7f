import { describe, expect, it } from 'vitest';
import { daysTakingPart } from '../../../src/domain/challenge-day/days-taking-part.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';

const chesterfield = aChallengeDay({
  _id: 'day-chesterfield',
  auditTeamIds: ['person-sam'],
  expectedAttendeeIds: ['person-jo'],
});
const erewash = aChallengeDay({
  _id: 'day-erewash',
  districtId: 'erewash',
  auditTeamIds: ['person-sam'],
  expectedAttendeeIds: [],
});
const days = [chesterfield, erewash];
const partsOf = (person: Parameters<typeof actorFor>[0]) =>
  daysTakingPart(days, actorFor(person)).map(({ day, part }) => [day._id, part]);

describe('the Challenge Days a person takes part in', () => {
  it('an auditor on the audit team of days in any district, an expected attendee, and the staff of the district', () => {
    expect(partsOf(aPerson({ _id: 'person-sam', roles: ['auditor'], districtIds: [] }))).toEqual([
      ['day-chesterfield', 'audit_team'],
      ['day-erewash', 'audit_team'],
    ]);
    expect(partsOf(aPerson({ _id: 'person-jo', roles: ['staff'] }))).toEqual([['day-chesterfield', 'expected']]);
    expect(partsOf(aPerson({ _id: 'person-lee', roles: ['staff'] }))).toEqual([['day-chesterfield', 'district']]);
  });

  it('an auditor on a day’s MAT audit team takes part as its auditor, as the district audit team does', () => {
    const withMatTeam = [
      aChallengeDay({ _id: 'day-two-sites', auditTeamIds: ['person-sam'], matAuditTeamIds: ['person-ada'] }),
    ];
    const ada = actorFor(aPerson({ _id: 'person-ada', roles: ['auditor'], districtIds: ['erewash'] }));
    expect(daysTakingPart(withMatTeam, ada).map(({ part }) => part)).toEqual(['audit_team']);
  });

  it('a QA manager runs every district’s days; someone in no district and on no list has none', () => {
    expect(partsOf(aPerson({ _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }))).toHaveLength(2);
    expect(partsOf(aPerson({ _id: 'person-pc', roles: ['partner_agency'], districtIds: [] }))).toEqual([]);
  });
});
