import type { FormState } from '../../cards/card-data.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { displayDate } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { ACTION_STATUS_LABELS } from '../../domain/action/status.js';
import { handOnScope } from '../../domain/people/people-pickers.js';
import type { Person } from '../../domain/people/person.js';
import { ROLE_LABELS } from '../../domain/people/roles.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { Stores } from '../../store/stores.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import type { Reply } from '../reply.js';
import { formReply } from './form-reply.js';

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
  // Whom the actions can go to, searched by name: the leaver's district's people when they had one district.
  const candidates =
    leaver.leftAt && actions.length > 0
      ? await peoplePickerData(
          stores,
          { kind: 'hand_on', personId: leaver._id },
          handOnScope(leaver),
          idsInValue(state.values?.newOwnerId),
          CARD_LIMITS.handOnChoices,
        )
      : { dataset: '', choices: [] };
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
    explanation: explanationFor(leaver.displayName, Boolean(left), actions.length, candidates.choices.length),
    actionsLabel:
      actions.length === 0 ? 'No open actions' : `${actions.length} open action${actions.length === 1 ? '' : 's'}`,
    actions: shown.map((action) => ({
      what: action.what,
      districtName: districtName.get(action.districtId) ?? action.districtId,
      dueLabel: displayDate(action.dueDate),
      statusLabel: ACTION_STATUS_LABELS[action.status],
    })),
    moreActionsCount: moreCount,
    canHandOn: candidates.choices.length > 0,
    candidates,
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
