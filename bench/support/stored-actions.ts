import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Action } from '../../src/domain/action/action.js';
import { actionReferenceFor } from '../../src/domain/action/action-reference.js';
import type { ActionStatus } from '../../src/domain/action/status.js';
import { seededGenerator } from '../../src/domain/sampling/seeded-random.js';
import { londonCalendarDate } from '../../src/domain/shared/london-time.js';
import type { Stores } from '../../src/store/stores.js';
import { insertValid, PEOPLE_PER_DISTRICT } from './county.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How a county's action plan stands after some years of Challenge Days: most finished, some late. */
const STATUS_SHARES: readonly [ActionStatus, number][] = [
  ['open', 25],
  ['acknowledged', 15],
  ['in_progress', 20],
  ['completed', 15],
  ['verified', 25],
];

/**
 * Adds actions numbered from `from` (inclusive) to `to` (exclusive), spread evenly over the districts:
 * due from 18 months ago to 6 months ahead of `now`, in every state. The same numbers give the same
 * actions on every run.
 */
export async function storeActions(
  stores: Stores,
  districtIds: readonly string[],
  range: { from: number; to: number },
  now: Date,
): Promise<void> {
  const random = seededGenerator(`bench-actions-${range.from}-${range.to}`);
  const today = londonCalendarDate(now).getTime();
  const actions: Action[] = [];
  for (let number = range.from; number < range.to; number++) {
    const districtIndex = number % districtIds.length;
    const dueDate = new Date(today + uniformInt(random, -540, 180) * DAY_MS);
    const createdAt = new Date(dueDate.getTime() - uniformInt(random, 30, 90) * DAY_MS);
    const status = pickStatus(random);
    actions.push({
      _id: `action-${number}`,
      // With its reference, as every action has one: else the bot's start-up would give 100,000 one by one.
      reference: actionReferenceFor(number + 1),
      challengeDayId: `day-${districtIds[districtIndex]}-${Math.floor(createdAt.getTime() / (30 * DAY_MS))}`,
      districtId: districtIds[districtIndex] ?? '',
      what: 'Record the child’s wishes and feelings at every statutory visit and show how they shaped the plan',
      source: { kind: 'case_finding', id: `finding-${number}`, summary: `CR-${100000 + number}: voice of the child` },
      ownerId: `person-${districtIndex * PEOPLE_PER_DISTRICT + uniformInt(random, 0, PEOPLE_PER_DISTRICT - 1)}`,
      dueDate,
      priority: (['high', 'medium', 'low'] as const)[uniformInt(random, 0, 2)] ?? 'medium',
      status,
      progress: [],
      ...(status === 'open' ? {} : { acknowledgedAt: new Date(createdAt.getTime() + DAY_MS) }),
      createdAt,
      version: 1,
      history: [
        {
          commandId: `cmd-create-${number}`,
          transition: 'create',
          actorId: 'person-0',
          at: createdAt,
          from: 'none',
          to: 'open',
        },
      ],
    });
  }
  await insertValid(stores.actions.collection, actions);
  await insertValid(
    stores.actionReferences.collection,
    actions.map((action, index) => ({
      _id: actionReferenceFor(range.from + index + 1),
      actionId: action._id,
      number: range.from + index + 1,
    })),
  );
}

function pickStatus(random: RandomGenerator): ActionStatus {
  let roll = uniformInt(random, 1, 100);
  for (const [status, share] of STATUS_SHARES) {
    roll -= share;
    if (roll <= 0) return status;
  }
  return 'open';
}
