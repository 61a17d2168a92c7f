import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/domain/action/action.js';
import { actionsAwaitingDecisionBy } from '../../../src/domain/action/awaiting-decision.js';
import type { ActionPeople } from '../../../src/domain/action/whose-turn.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import type { Person } from '../../../src/domain/people/person.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aPerson, anAction } from '../../support/fixtures.js';

const now = new Date('2026-12-07T10:00:00Z');
const helen = aPerson({ _id: 'person-helen', displayName: 'Helen Ward', roles: ['district_manager'] });
const dee = aPerson({ _id: 'person-dee', displayName: 'Dee Watts', roles: ['district_manager'] });
const martin = aPerson({ _id: 'person-martin', displayName: 'Martin Cole', roles: ['senior_manager'] });
const priya = aPerson({ _id: 'person-priya', displayName: 'Priya Patel', roles: ['qa_manager'], districtIds: [] });
const jo = aPerson({ _id: 'person-jo', displayName: 'Jo Bennett', roles: ['staff'], managerId: 'person-helen' });
const lee = aPerson({ _id: 'person-lee', displayName: 'Lee Moss', roles: ['staff'] });
const everyone: readonly Person[] = [helen, dee, martin, priya, jo, lee];

const completed = (ownerId: string, over: Partial<Action> = {}) =>
  anAction({
    ownerId,
    status: 'completed',
    completion: { evidence: 'Done.', byId: ownerId, at: now },
    ...over,
  });
const dateAsked = (ownerId: string) =>
  anAction({
    ownerId,
    status: 'acknowledged',
    dateChangeRequest: { requestedDate: calendarDateFromIso('2027-01-29'), reason: 'Short.', byId: ownerId, at: now },
  });

/** The pending decisions as the store would give them, and the managers of each as the records say. */
function finder(
  pending: readonly Action[],
  districtManagers: readonly Person[],
  seniorManagers: readonly Person[],
  people: readonly Person[],
) {
  return {
    pendingDecisions: async (districtIds: readonly string[] | undefined) =>
      pending.filter((action) => !districtIds || districtIds.includes(action.districtId)),
    peopleFor: async (action: Action): Promise<ActionPeople> => {
      const owner = people.find((person) => person._id === action.ownerId);
      return {
        ownersManager: people.find((person) => person._id === owner?.managerId) ?? null,
        districtManagers,
        seniorManagers,
      };
    },
  };
}

const awaitingFor = async (
  person: Person,
  pending: readonly Action[],
  managers = [helen, dee],
  seniors = [martin],
  people = everyone,
) =>
  (await actionsAwaitingDecisionBy(finder(pending, managers, seniors, people), actorFor(person), now)).map(
    (action) => action.ownerId,
  );

describe('what waits for a person’s decision', () => {
  it('an owner’s own line manager is asked about their completion and their new date, not the other district managers', async () => {
    const pending = [completed('person-jo'), dateAsked('person-jo')];

    expect(await awaitingFor(helen, pending)).toEqual(['person-jo', 'person-jo']);
    expect(await awaitingFor(dee, pending)).toEqual([]);
    expect(await awaitingFor(martin, pending)).toEqual([]);
  });

  it('with no line manager on record, every district manager is asked; with none of those, the senior managers', async () => {
    const pending = [completed('person-lee')];

    expect(await awaitingFor(helen, pending)).toEqual(['person-lee']);
    expect(await awaitingFor(dee, pending)).toEqual(['person-lee']);
    expect(await awaitingFor(martin, pending, [], [martin])).toEqual(['person-lee']);
  });

  it('staff decide nothing, and a manager is not asked about another district’s actions', async () => {
    const elsewhere = completed('person-lee', { districtId: 'erewash' });

    expect(await awaitingFor(jo, [completed('person-lee')])).toEqual([]);
    expect(await awaitingFor(helen, [elsewhere], [helen])).toEqual([]);
  });

  it('a QA manager is asked only about what is put to them (as someone’s line manager), not every district’s decisions', async () => {
    const leeReportingToPriya = { ...lee, managerId: 'person-priya' };
    const people = [...everyone.filter((person) => person !== lee), leeReportingToPriya];

    expect(await awaitingFor(priya, [completed('person-jo')], [helen, dee], [martin], people)).toEqual([]);
    expect(await awaitingFor(priya, [completed('person-lee')], [helen, dee], [martin], people)).toEqual(['person-lee']);
  });
});
