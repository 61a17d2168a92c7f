import { describe, expect, it } from 'vitest';
import { allowedActionSteps } from '../../../src/domain/action/allowed-steps.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { ACTION_STATUSES } from '../../../src/domain/action/status.js';
import { ROLES } from '../../../src/domain/people/roles.js';
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

describe('how many steps one person is offered on one action', () => {
  // A card row holds at most five buttons (Adaptive Cards' limit for an action set in Teams); every list of
  // actions draws one row of buttons per action, so the lifecycle must never offer a sixth.
  const CARD_ROW_BUTTONS = 5;

  it('is never more than a row of a card holds, whatever the status, roles, ownership or pending date request', () => {
    const roleSets = Array.from({ length: (1 << ROLES.length) - 1 }, (_, mask) =>
      ROLES.filter((_role, bit) => (mask + 1) & (1 << bit)),
    );
    const counts: number[] = [];
    for (const status of ACTION_STATUSES) {
      for (const roles of roleSets) {
        for (const ownerId of ['person-me', 'person-owner']) {
          for (const askedBy of [null, 'person-me', 'person-owner']) {
            const shape = anAction({
              ownerId,
              districtId: 'chesterfield',
              status,
              ...(askedBy
                ? {
                    dateChangeRequest: {
                      requestedDate: new Date('2027-01-20T00:00:00Z'),
                      reason: 'Waiting for the panel',
                      byId: askedBy,
                      at: now,
                    },
                  }
                : {}),
            });
            const me = aPerson({ _id: 'person-me', roles, districtIds: ['chesterfield'] });
            const steps = allowedActionSteps(shape, actorFor(me), now);
            counts.push(Object.values(steps).filter(Boolean).length);
          }
        }
      }
    }
    expect(Math.max(...counts)).toBeLessThanOrEqual(CARD_ROW_BUTTONS);
    // The check would pass vacuously if nothing were ever offered: the busiest case offers five.
    expect(Math.max(...counts)).toBe(CARD_ROW_BUTTONS);
  });
});
