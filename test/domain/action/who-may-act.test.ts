import { describe, expect, it } from 'vitest';
import { peopleWhoMayActOn } from '../../../src/domain/action/who-may-act.js';
import { anAction, aPerson } from '../../support/fixtures.js';

const action = anAction({ ownerId: 'person-jo', districtId: 'chesterfield' });
const helen = aPerson({ _id: 'person-helen', roles: ['district_manager'] });
const dev = aPerson({ _id: 'person-dev', roles: ['district_manager'] });
const grace = aPerson({ _id: 'person-grace', roles: ['senior_manager'] });

describe('the people whose view of an action’s card differs', () => {
  it('are its owner, then her own manager, then the district’s managers, then its senior managers, each once', () => {
    expect(
      peopleWhoMayActOn(action, { ownersManager: helen, districtManagers: [dev, helen], seniorManagers: [grace] }),
    ).toEqual(['person-jo', 'person-helen', 'person-dev', 'person-grace']);
  });

  it('leave out a manager who has left, and an owner’s manager who may not decide on this district’s actions', () => {
    const leaver = aPerson({
      _id: 'person-lee',
      roles: ['district_manager'],
      leftAt: new Date('2026-11-01T17:00:00Z'),
    });
    const elsewhere = aPerson({ _id: 'person-erin', roles: ['district_manager'], districtIds: ['erewash'] });
    const teamLead = aPerson({ _id: 'person-tl', roles: ['staff'] });

    expect(
      peopleWhoMayActOn(action, { ownersManager: elsewhere, districtManagers: [leaver], seniorManagers: [] }),
    ).toEqual(['person-jo']);
    expect(peopleWhoMayActOn(action, { ownersManager: teamLead, districtManagers: [dev], seniorManagers: [] })).toEqual(
      ['person-jo', 'person-dev'],
    );
  });
});
