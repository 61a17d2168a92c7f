import type { AppHomeData, Fact } from '../../cards/card-data.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import type { CardJson } from '../../cards/card-templates.js';
import { displayDateTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { actionsAwaitingDecisionBy } from '../../domain/action/awaiting-decision.js';
import { OUTSTANDING_ACTION_STATUSES } from '../../domain/action/status.js';
import { daysTakingPart, type PartInDay } from '../../domain/challenge-day/days-taking-part.js';
import { actorFor, hasRole } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { MANAGER_ROLES } from '../../domain/people/roles.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { actionRows } from './action-rows.js';
import { peopleOfActions } from './people-of-actions.js';

export interface AppHomeOptions {
  /** What the person's last step did, or why it was refused; "" for nothing. */
  readonly notice: string;
  /** How a question is asked where the page is shown, e.g. "/challenge my actions". */
  readonly ask: (question: string) => string;
}

const PART_WORDS: Record<PartInDay, string> = {
  audit_team: 'on the audit team',
  expected: 'expected to attend',
  district: 'in your district',
};

/**
 * A person's own page: their outstanding actions and the decisions waiting for them, each with the buttons
 * they may use, and the next Challenge Days they take part in (days in London time). Each list shows its
 * first few and says how to ask for the rest.
 */
export async function appHomeCard(deps: InteractionDeps, person: Person, options: AppHomeOptions): Promise<CardJson> {
  const { stores } = deps;
  const now = deps.now();
  const actor = actorFor(person);
  const [own, awaiting, upcoming, districts] = await Promise.all([
    stores.actions.searchActions(
      { ownerId: person._id, statuses: OUTSTANDING_ACTION_STATUSES },
      { skip: 0, limit: CARD_LIMITS.homeActions },
    ),
    actionsAwaitingDecisionBy(
      {
        pendingDecisions: (districtIds, limit) => stores.actions.pendingDecisions(districtIds, limit),
        peopleFor: peopleOfActions(stores),
      },
      actor,
      now,
    ),
    stores.challengeDays.upcoming(londonCalendarDate(now)),
    stores.districts.all(),
  ]);
  const decisions = firstOf(awaiting, CARD_LIMITS.homeDecisions);
  const days = firstOf(daysTakingPart(upcoming, actor), CARD_LIMITS.homeDays);
  const districtNames = new Map(districts.map((district) => [district._id, district.name]));
  const data: AppHomeData = {
    title: `Challenge Day: ${person.displayName}`,
    updatedLabel: `Updated ${displayDateTime(now)}`,
    notice: options.notice,
    yourActions: await actionRows(stores, own.actions, actor, now),
    yourActionsMore: more(own.total - own.actions.length, `ask \`${options.ask('my actions')}\``),
    showDecisions: hasRole(actor, ...MANAGER_ROLES),
    decisions: await actionRows(stores, decisions.shown, actor, now),
    decisionsMore: more(
      decisions.moreCount,
      `they are on the cards you were sent; \`${options.ask('what is waiting for my approval')}\` lists them all`,
    ),
    days: days.shown.map(({ day, part }): Fact => ({
      title: displayDateTime(day.startsAt),
      value: `${districtNames.get(day.districtId) ?? day.districtId} and ${day.matLocality} — ${PART_WORDS[part]}`,
    })),
    daysMore: days.moreCount > 0 ? `and ${days.moreCount} more after these` : '',
  };
  return renderCard('app-home', data);
}

function more(count: number, how: string): string {
  return count > 0 ? `and ${count} more — ${how}` : '';
}
