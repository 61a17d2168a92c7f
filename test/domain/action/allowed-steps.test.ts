import { describe, expect, it } from 'vitest';
import { allowedActionSteps } from '../../../src/domain/action/allowed-steps.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { aPerson, anAction } from '../../support/fixtures.js';

const now = new Date('2026-12-07T10:00:00Z');
const action = anAction({ ownerId: 'person-owner', districtId: 'chesterfield', status: 'acknowledged' });

describe('who is offered Reassign on an action', () => {
  it.each([
    ['a district manager of its district', aPerson({ roles: ['district_manager'], districtIds: ['chesterfield'] })],
    ['a senior manager of its district', aPerson({ roles: ['senior_manager'], districtIds: ['chesterfield'] })],
    ['a QA manager of any district', aPerson({ roles: ['qa_manager'], districtIds: [] })],
  ])('%s is', (_who, person) => {
    expect(allowedActionSteps(action, actorFor(person), now).reassign).toBe(true);
  });

  it.each([
    ['its owner', aPerson({ _id: 'person-owner', roles: ['staff'], districtIds: ['chesterfield'] })],
    ['staff of its district', aPerson({ roles: ['staff'], districtIds: ['chesterfield'] })],
    ['a partner agency member', aPerson({ roles: ['partner_agency'], districtIds: ['chesterfield'] })],
    ['a district manager of another district', aPerson({ roles: ['district_manager'], districtIds: ['erewash'] })],
  ])('%s is not', (_who, person) => {
    expect(allowedActionSteps(action, actorFor(person), now).reassign).toBe(false);
  });

  it('nobody is, once the action is verified', () => {
    const qa = aPerson({ roles: ['qa_manager'] });
    expect(allowedActionSteps({ ...action, status: 'verified' }, actorFor(qa), now).reassign).toBe(false);
  });
});
