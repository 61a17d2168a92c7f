import { describe, expect, it } from 'vitest';
import { applyActionCommand, type ActionCommand } from '../../../src/domain/action/lifecycle.js';
import type { Action } from '../../../src/domain/action/action.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { actionCard } from '../../../src/interactions/present/action-card.js';
import { aDistrict, aPerson, anAction } from '../../support/fixtures.js';
import { textsOf } from '../../support/teams-activities.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-07T10:00:00Z');
const jo = aPerson({ _id: 'person-card-jo', displayName: 'Jo Bennett', districtIds: ['card-district'] });
const helen = aPerson({
  _id: 'person-card-helen',
  displayName: 'Helen Ward',
  roles: ['district_manager'],
  districtIds: ['card-district'],
});

/** Takes the steps one after another, a minute apart, as the people named. */
function stepped(action: Action, steps: readonly [ActionCommand, typeof jo][]): Action {
  return steps.reduce((current, [command, person], index) => {
    const done = applyActionCommand(current, command, {
      actor: actorFor(person),
      commandId: `card-step-${index}`,
      now: new Date(now.getTime() - (steps.length - index) * 60_000),
    });
    if (!done.ok) throw new Error(done.error.userMessage);
    return done.value;
  }, action);
}

async function cardTexts(action: Action, viewer: typeof jo): Promise<string> {
  const reply = await actionCard(database.stores, action, actorFor(viewer), now, 'person');
  return textsOf(reply.card).join('\n');
}

describe('an action card, as its owner reads it', () => {
  it('says why once, tells its history in words with each progress note, and shows no date request once complete', async () => {
    await database.stores.districts.save(aDistrict({ _id: 'card-district', name: 'Card Vale', aliases: [] }));
    for (const person of [jo, helen]) await database.stores.people.save(person);
    const action = stepped(
      anAction({
        ownerId: jo._id,
        districtId: 'card-district',
        source: { kind: 'case_finding', id: 'finding-card', summary: 'Case finding CR-104233' },
      }),
      [
        [{ kind: 'acknowledge' }, jo],
        [{ kind: 'add_progress', note: 'Spoke to the duty team manager' }, jo],
        [{ kind: 'request_date_change', requestedDate: new Date('2027-01-29T00:00:00Z'), reason: 'Panel' }, jo],
        [{ kind: 'complete', evidence: 'Supervision records audited' }, jo],
      ],
    );

    const texts = await cardTexts(action, jo);

    expect(texts).toContain('Why: Case finding');
    expect(texts).toContain('CR-104233');
    expect(texts).not.toContain('Case finding Case finding');
    expect(texts).not.toContain('Case finding CR-104233');
    expect(texts).toContain('Progress: Spoke to the duty team manager');
    expect(texts).toContain('Acknowledged');
    expect(texts).toContain('Asked for a new date: Panel');
    expect(texts).toContain('Marked complete: the new date asked for, Fri 29 Jan 2027, lapsed');
    expect(texts).not.toContain('New date asked for');
    expect(texts).not.toMatch(/: (add progress|acknowledge|request date change|complete|create)$/m);
  });
});
