import { describe, expect, it } from 'vitest';
import { holdingTeamManagerId } from '../../../src/domain/case-detail/case-scope.js';
import type { Team } from '../../../src/domain/districts/team.js';
import { aCaseSample } from '../../support/fixtures.js';

const team = (over: Partial<Team> & Pick<Team, '_id' | 'name' | 'managerId'>): Team => ({
  districtId: 'chesterfield',
  ...over,
});
const teams = [
  team({ _id: 'team-cp1', name: 'Chesterfield CP 1', managerId: 'person-tia' }),
  team({ _id: 'team-cp2', name: 'Chesterfield CP 2', managerId: 'person-ted' }),
  team({ _id: 'team-old', name: 'Chesterfield Duty', managerId: 'person-old', retiredAt: new Date('2026-06-01') }),
  team({ _id: 'team-erewash', name: 'Erewash CP 1', managerId: 'person-erewash', districtId: 'erewash' }),
];
const sample = aCaseSample({
  districtId: 'chesterfield',
  cases: [
    { caseReference: 'CR-300001', teamName: 'Chesterfield CP 1', auditorId: 'person-dan' },
    { caseReference: 'CR-300002', teamName: ' chesterfield cp 2 ', auditorId: 'person-dan' },
    { caseReference: 'CR-300003', teamName: 'Team 3 (old list)', auditorId: 'person-dan' },
    { caseReference: 'CR-300004', teamName: 'Chesterfield Duty', auditorId: 'person-dan' },
    { caseReference: 'CR-300005', teamName: 'Erewash CP 1', auditorId: 'person-dan' },
  ],
});

describe('the manager of the team holding a case', () => {
  it('is the manager of the district’s team the sample names for the case, whatever the case of its letters', () => {
    expect(holdingTeamManagerId(sample, 'CR-300001', teams)).toBe('person-tia');
    expect(holdingTeamManagerId(sample, 'CR-300002', teams)).toBe('person-ted');
  });

  it('is nobody for a team name that is no team on record, a retired team, another district’s team, or a case not in the sample', () => {
    expect(holdingTeamManagerId(sample, 'CR-300003', teams)).toBeUndefined();
    expect(holdingTeamManagerId(sample, 'CR-300004', teams)).toBeUndefined();
    expect(holdingTeamManagerId(sample, 'CR-300005', teams)).toBeUndefined();
    expect(holdingTeamManagerId(sample, 'CR-399999', teams)).toBeUndefined();
  });
});
