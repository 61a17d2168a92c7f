import { describe, expect, it } from 'vitest';
import { siteOfCase, siteTurnsOnTeams } from '../../../src/domain/case-finding/site-of-case.js';
import type { Team } from '../../../src/domain/districts/team.js';

const day = { auditTeamIds: ['person-dan'], matAuditTeamIds: ['person-mo'] };
const matTeam: Team = {
  _id: 'team-mat-1',
  name: 'Erewash MAT Team 1',
  districtId: 'erewash',
  managerId: 'person-manager',
  site: 'mat',
};
const sample = {
  districtId: 'erewash',
  cases: [
    { caseReference: 'CR-1', teamName: 'Erewash MAT Team 1' },
    { caseReference: 'CR-2', teamName: 'Erewash MAT Team 1', site: 'district' as const },
  ],
};

describe('the site a case finding is recorded for', () => {
  it('needs the district’s teams only when the sample holds the case without saying its site', () => {
    expect(siteTurnsOnTeams(sample, 'CR-1')).toBe(true);
    expect(siteTurnsOnTeams(sample, 'CR-2')).toBe(false);
    expect(siteTurnsOnTeams(sample, 'CR-9')).toBe(false);
    expect(siteTurnsOnTeams(null, 'CR-1')).toBe(false);
  });

  it('is the sample’s site, else the holding team’s, else the auditor’s team on the day, else the district', () => {
    expect(siteOfCase(day, 'CR-2', 'person-mo', { sample, teams: [matTeam] })).toBe('district');
    expect(siteOfCase(day, 'CR-1', 'person-dan', { sample, teams: [matTeam] })).toBe('mat');
    // Without the teams read, a case the sample does not place is the auditor's team's site.
    expect(siteOfCase(day, 'CR-9', 'person-mo', { sample, teams: [] })).toBe('mat');
    expect(siteOfCase(day, 'CR-9', 'person-dan', { sample: null, teams: [] })).toBe('district');
    expect(siteOfCase(day, 'CR-9', 'person-sam', { sample: null, teams: [] })).toBe('district');
  });
});
