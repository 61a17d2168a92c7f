import { describe, expect, it } from 'vitest';
import type { Team } from '../../../src/domain/districts/team.js';
import { whoReceivesCase } from '../../../src/domain/case-handback/who-receives-case.js';
import { aPerson } from '../../support/fixtures.js';

const team: Team = { _id: 'team-north', name: 'North', districtId: 'chesterfield', managerId: 'person-tom' };
const tom = aPerson({ _id: 'person-tom', roles: ['staff'] });
const helen = aPerson({ _id: 'person-helen', roles: ['district_manager'] });
const hana = aPerson({ _id: 'person-hana', roles: ['district_manager'] });
const martin = aPerson({ _id: 'person-martin', roles: ['senior_manager'] });
const left = new Date('2026-11-30T17:00:00Z');
const managers = { districtManagers: [helen, hana], seniorManagers: [martin] };

describe('whom an audited case’s findings go to', () => {
  it('the current manager of the team holding the case, and nobody else', () => {
    expect(whoReceivesCase(team, tom, managers)).toEqual({ recipientIds: ['person-tom'] });
  });

  it('a team whose manager has left: each current district manager, saying why', () => {
    expect(whoReceivesCase(team, { ...tom, leftAt: left }, managers)).toEqual({
      recipientIds: ['person-helen', 'person-hana'],
      standIn: { reason: 'manager_left', role: 'district_manager' },
    });
  });

  it('a team name that is no current team, or a manager with no record: the district managers, saying which', () => {
    expect(whoReceivesCase(undefined, null, managers).standIn).toEqual({ reason: 'no_team', role: 'district_manager' });
    expect(whoReceivesCase(team, null, managers).standIn).toEqual({
      reason: 'manager_unknown',
      role: 'district_manager',
    });
  });

  it('a district whose district managers have all left: its senior managers, so the case is never left with nobody', () => {
    const allLeft = { districtManagers: [{ ...helen, leftAt: left }], seniorManagers: [martin] };
    expect(whoReceivesCase(team, { ...tom, leftAt: left }, allLeft)).toEqual({
      recipientIds: ['person-martin'],
      standIn: { reason: 'manager_left', role: 'senior_manager' },
    });
  });
});
