import { CARD_LIMITS } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import { RECOMMENDATION_SLOTS } from '../../domain/forms/case-finding.js';
import { priorityChoices } from '../../cards/vocabulary.js';
import { isPartOfDay, mayRecordOnDay } from '../../domain/capture/permissions.js';
import { FOCUS_GROUP_FEEDBACK, OBSERVED_VISIT_NOTES } from '../../domain/capture/submit-capture.js';
import { ALLOWED, type Permission } from '../../domain/shared/permission.js';
import { maySubmitFindings } from '../../domain/case-finding/permissions.js';
import { auditSiteOf } from '../../domain/challenge-day/audit-site-of.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import { mayReplyToNotice } from '../../domain/notice/permissions.js';
import { actorFor, type Actor } from '../../domain/people/actor.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import type { FormRenderer } from '../verbs/card-verb.js';
import type { DayHeading, FormState } from '../../cards/card-data.js';
import { dayHeading } from './day-heading.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import { formReply } from './form-reply.js';
import { dayHelpersOf } from './day-refusal.js';
import { DAY_NOT_FOUND, refuseOnDay, type DayRefusalKind } from '../../domain/challenge-day/day-refusal.js';
import { liveThemes } from '../../domain/themes/theme.js';
import { replyDetailsFor, replyTopics } from './reply-details.js';

/** The learning themes a form offers: the live vocabulary, by name; a retired theme is not offered. */
async function learningThemeChoices(stores: InteractionDeps['stores']) {
  return liveThemes(await stores.themes.all()).map((theme) => ({ title: theme.name, value: theme._id }));
}

type DayFormCard = (
  deps: InteractionDeps,
  day: ChallengeDay,
  heading: DayHeading,
  state: FormState<string>,
  actor: Actor,
) => Promise<{ card: Reply['card']; title: string }>;

/**
 * A form about one Challenge Day. Someone who had the day's notice but may not submit the form is told why
 * and who can add them; to anyone else the day is "not found": its people and sites are not theirs to see.
 */
function dayForm(
  mayUse: (actor: Actor, day: ChallengeDay) => boolean,
  refusal: DayRefusalKind,
  render: DayFormCard,
  roleAllows: (actor: Actor) => Permission = () => ALLOWED,
): FormRenderer {
  return async (deps, person, ids, state) => {
    const day = ids.challengeDayId ? await deps.stores.challengeDays.findById(ids.challengeDayId) : null;
    const actor = actorFor(person);
    if (!day) return refuse('not_found', DAY_NOT_FOUND);
    if (!mayUse(actor, day)) return refuseOnDay(actor, day, refusal, dayHelpersOf(deps.stores));
    // Refused before the form is filled in, not after: the same rule the submission is held to.
    const allowed = roleAllows(actor);
    if (!allowed.ok) return allowed;
    const heading = dayHeading(day, await deps.stores.districts.findById(day.districtId));
    const { card, title } = await render(deps, day, heading, state, actor);
    return succeed(formReply(card, `${title}: ${heading.districtName}, ${heading.dateLabel}`, state));
  };
}

/** Opened again to change an answer, the form starts from the answer given. */
export const noticeReplyForm = dayForm(
  mayReplyToNotice,
  'not_part_of_day',
  async (deps, day, heading, state, actor) => {
    const given = state.values ? undefined : await deps.stores.noticeReplies.replyOf(day._id, actor.id);
    const values = given
      ? { kind: given.kind, caseReference: given.caseReference ?? '', note: given.note ?? '' }
      : state.values;
    return {
      card: renderCard('notice-reply-form', { ...heading, ...state, ...(values ? { values } : {}) }),
      title: 'Reply to the notice',
    };
  },
);

export const caseFindingFormFor = dayForm(
  maySubmitFindings,
  'not_on_audit_team',
  async (deps, day, _heading, state) => ({
    card: await caseFindingForm(deps.stores, day, state),
    title: 'Case finding',
  }),
);

/** The focus-group form offers, as topics, the cases and notes the day's notice was answered with. */
export const focusGroupForm = dayForm(
  isPartOfDay,
  'not_part_of_day',
  async (deps, day, heading, state, actor) => ({
    card: renderCard('focus-group-form', {
      ...heading,
      ...state,
      priorities: priorityChoices(deps.servicePriorities),
      learningThemes: await learningThemeChoices(deps.stores),
      replyTopics: replyTopics(
        await replyDetailsFor(deps.stores, actor, day, await deps.stores.noticeReplies.repliesForDay(day._id)),
      ).slice(0, CARD_LIMITS.focusGroupReplyTopics),
    }),
    title: 'Focus-group feedback',
  }),
  (actor) => mayRecordOnDay(actor, FOCUS_GROUP_FEEDBACK),
);

export const observedVisitForm = dayForm(
  isPartOfDay,
  'not_part_of_day',
  async (deps, day, heading, state, actor) => ({
    card: renderCard('observed-visit-form', {
      ...heading,
      ...state,
      // The site starts as the audit team they are on that day (the district's when on neither).
      values: { site: auditSiteOf(day, actor.id) ?? 'district', ...state.values },
      learningThemes: await learningThemeChoices(deps.stores),
    }),
    title: 'Observed visit',
  }),
  (actor) => mayRecordOnDay(actor, OBSERVED_VISIT_NOTES),
);

/**
 * The case-finding form for a day, with the district's people as possible owners of a recommendation;
 * `state.values.caseReference` fills in the case when the form is sent for an allocated case.
 */
export async function caseFindingForm(
  stores: InteractionDeps['stores'],
  day: ChallengeDay,
  state: FormState<string> = {},
): Promise<Reply['card']> {
  const chosen = RECOMMENDATION_SLOTS.flatMap((slot) => idsInValue(state.values?.[`recommendation${slot}Owner`]));
  const [district, learningThemes, owners] = await Promise.all([
    stores.districts.findById(day.districtId),
    learningThemeChoices(stores),
    peoplePickerData(
      stores,
      { kind: 'day_owners', challengeDayId: day._id },
      { districtId: day.districtId },
      chosen,
      CARD_LIMITS.recommendationOwnerChoices,
    ),
  ]);
  return renderCard('case-finding-form', { ...dayHeading(day, district), ...state, owners, learningThemes });
}
