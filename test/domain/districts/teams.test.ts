import { describe, expect, it } from 'vitest';
import { addTeam } from '../../../src/domain/districts/add-team.js';
import { changeTeam } from '../../../src/domain/districts/change-team.js';
import { retireTeam } from '../../../src/domain/districts/retire-team.js';
import type { Team } from '../../../src/domain/districts/team.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { aDistrict, aPerson } from '../../support/fixtures.js';

const now = new Date('2026-12-01T09:00:00Z');
const qaManager = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));
const erewash = aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] });
const sarah = aPerson({ _id: 'person-sarah', displayName: 'Sarah Whitfield', districtIds: ['erewash'] });
const fromChesterfield = aPerson({ _id: 'person-tom', districtIds: ['chesterfield'] });
const ilkeston: Team = { _id: 'team-ilkeston', name: 'Ilkeston CIN', districtId: 'erewash', managerId: 'person-sarah' };
const adding = { actor: qaManager, id: 'team-new', commandId: 'command-1', now };

describe('a district’s teams', () => {
  it('are added with a manager from the district, working from the district unless the form says the MAT, and audited', () => {
    const added = addTeam({ name: 'Long Eaton CP', manager: sarah }, erewash, [ilkeston], adding);
    const atMat = addTeam({ name: 'Long Eaton MAT', manager: sarah, site: 'mat' }, erewash, [ilkeston], adding);

    expect(added.ok && added.value.team).toEqual({
      _id: 'team-new',
      name: 'Long Eaton CP',
      districtId: 'erewash',
      managerId: 'person-sarah',
      site: 'district',
    });
    expect(atMat.ok && atMat.value.team.site).toBe('mat');
    expect(added.ok && added.value.audit).toMatchObject({ entityKind: 'team', transition: 'add', after: 'active' });
  });

  it('have names unique within the district ignoring case, beside the name input', () => {
    const added = addTeam({ name: 'ILKESTON  cin', manager: sarah }, erewash, [ilkeston], adding);

    expect(!added.ok && added.error.details).toEqual({
      name: 'Erewash already has a team called Ilkeston CIN: team names must differ, ignoring case.',
    });
  });

  it('may reuse the name of a retired team', () => {
    const added = addTeam({ name: 'Ilkeston CIN', manager: sarah }, erewash, [{ ...ilkeston, retiredAt: now }], adding);

    expect(added.ok).toBe(true);
  });

  it('need a manager who is one of the district’s people and has not left', () => {
    for (const manager of [fromChesterfield, { ...sarah, leftAt: now }, null]) {
      const added = addTeam({ name: 'Long Eaton CP', manager }, erewash, [], adding);
      expect(!added.ok && added.error.details).toEqual({
        managerId: 'Choose the team’s manager from the list: one of Erewash’s people.',
      });
    }
  });

  it('are not added to a retired district, nor by anyone but a QA manager', () => {
    const retired = addTeam({ name: 'X', manager: sarah }, { ...erewash, retiredAt: now }, [], adding);
    const byStaff = addTeam({ name: 'X', manager: sarah }, erewash, [], { ...adding, actor: actorFor(sarah) });

    expect(!retired.ok && retired.error.userMessage).toBe(
      'Erewash is retired, so its teams cannot be added or changed.',
    );
    expect(!byStaff.ok && byStaff.error.userMessage).toBe('Only a QA manager can add a team.');
  });

  it('are renamed keeping their own name in another case, and retired once', () => {
    const context = { actor: qaManager, commandId: 'command-2', now };
    const renamed = changeTeam(ilkeston, { name: 'ILKESTON CIN', manager: sarah }, erewash, [ilkeston], context);
    const retired = retireTeam(ilkeston, context);
    const again = retireTeam({ ...ilkeston, retiredAt: now }, context);

    expect(renamed.ok && renamed.value.audit.note).toBe('name: Ilkeston CIN → ILKESTON CIN');
    expect(retired.ok && retired.value.team.retiredAt).toEqual(now);
    expect(!again.ok && again.error.userMessage).toBe('Ilkeston CIN is retired already.');
  });
});
