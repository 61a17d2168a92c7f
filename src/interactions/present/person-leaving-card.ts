import type { FormState } from '../../cards/card-data.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { displayDate } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { ACTION_STATUS_LABELS } from '../../domain/action/status.js';
import type { Person } from '../../domain/people/person.js';
import { ROLE_LABELS } from '../../domain/people/roles.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';
import { formReply } from './form-reply.js';

/**
 * Whom a leaver's actions can be given to: the current people of the leaver's districts, by name, without
 * the leaver. (QA managers may take on any action, but are not listed unless they are in the district.)
 */
async function candidatesFor(stores: Stores, leaver: Person): Promise<Person[]> {
  const limit = CARD_LIMITS.handOnChoices;
  const pages = await Promise.all(
    leaver.districtIds.map((id) => stores.people.currentInDistrict(id, { skip: 0, limit })),
  );
  const byId = new Map(pages.flatMap((page) => page.people).map((person) => [person._id, person]));
  byId.delete(leaver._id);
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName)).slice(0, limit);
}

/**
 * Someone leaving, for the manager: before it is recorded, what recording it does and the open actions they
 * hold, with the button to record it; after, the same actions and whom to give them all to in one step.
 */
export async function personLeavingCard(
  stores: Stores,
  leaver: Person,
  state: FormState<'newOwnerId'> = {},
): Promise<Reply> {
  const [actions, districts] = await Promise.all([
    stores.actions.outstandingActionsForOwner(leaver._id),
    stores.districts.all(),
  ]);
  const districtName = new Map(districts.map((district) => [district._id, district.name]));
  const { shown, moreCount } = firstOf(actions, CARD_LIMITS.leaverActions);
  const candidates = leaver.leftAt && actions.length > 0 ? await candidatesFor(stores, leaver) : [];
  const left = leaver.leftAt ? displayDate(londonCalendarDate(leaver.leftAt)) : '';
  const heading = left ? `${leaver.displayName} left on ${left}` : `Record that ${leaver.displayName} has left?`;
  const card = renderCard('person-leaving', {
    personId: leaver._id,
    name: leaver.displayName,
    heading,
    detailsLabel: [
      leaver.roles.map((role) => ROLE_LABELS[role]).join(', '),
      leaver.districtIds.map((id) => districtName.get(id) ?? id).join(', '),
    ]
      .filter(Boolean)
      .join(' · '),
    leftLabel: left,
    explanation: explanationFor(leaver.displayName, Boolean(left), actions.length, candidates.length),
    actionsLabel:
      actions.length === 0 ? 'No open actions' : `${actions.length} open action${actions.length === 1 ? '' : 's'}`,
    actions: shown.map((action) => ({
      what: action.what,
      districtName: districtName.get(action.districtId) ?? action.districtId,
      dueLabel: displayDate(action.dueDate),
      statusLabel: ACTION_STATUS_LABELS[action.status],
    })),
    moreActionsCount: moreCount,
    canHandOn: candidates.length > 0,
    candidates: candidates.map((person) => ({ title: person.displayName, value: person._id })),
    ...state,
  });
  return formReply(card, heading, state);
}

function explanationFor(name: string, left: boolean, actionCount: number, candidateCount: number): string {
  if (!left) {
    return 'Their record and history stay, and the bot stops acting for them from their next message in Teams and Slack. Their open actions stay theirs until you give them to someone.';
  }
  if (actionCount === 0) return 'They hold no open actions. Their record and history stay.';
  if (candidateCount === 0) {
    return (
      'Nobody else is registered in their districts to take on their actions: add someone first (“add a person”), then say “' +
      'has left” again.'
    );
  }
  return 'Choose one person to take on all their open actions: each action’s card is sent to them, and the change is kept in each action’s history.';
}
