import type { ActionUpdateForm, FormState } from '../../cards/card-data.js';
import { displayDate } from '../../cards/display-time.js';
import type { OpenableForm } from '../../cards/openable-forms.js';
import { renderCard } from '../../cards/render-card.js';
import { priorityChoices } from '../../cards/vocabulary.js';
import { DateTime } from 'luxon';
import { maySeeAction } from '../../domain/action/permissions.js';
import { isPartOfDay } from '../../domain/capture/submit-capture.js';
import { maySubmitFindings } from '../../domain/case-finding/submit-case-finding.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import { mayReplyToNotice } from '../../domain/notice/reply-to-notice.js';
import { actorFor, type Actor } from '../../domain/people/actor.js';
import { SERVICE_TIME_ZONE } from '../../domain/shared/london-time.js';
import type { Person } from '../../domain/people/person.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import { dayHeading } from './day-heading.js';
import { peopleNames } from './people-names.js';
import { reportActionForm } from './report-cards.js';

type AnyFormState = FormState<string>;

/** Which record a form is about, as a button's data names it. */
export interface FormRecordIds {
  readonly challengeDayId?: string;
  readonly actionId?: string;
  readonly reportId?: string;
  readonly actionKey?: string;
}

const ACTION_FORMS: Partial<Record<OpenableForm, ActionUpdateForm>> = {
  'action-request-date-change': 'request_date_change',
  'action-add-progress': 'add_progress',
  'action-complete': 'complete',
  'action-decline-date-change': 'decline_date_change',
  'action-reopen': 'reopen',
};

/**
 * Renders a form for a person: new (from a button) or again with what they typed and what to correct.
 * Throws a DomainError('not_found') when the record it is about does not exist.
 */
export async function formCard(
  deps: InteractionDeps,
  person: Person,
  form: OpenableForm,
  ids: FormRecordIds,
  state: AnyFormState = {},
): Promise<Reply> {
  const reply = (card: Reply['card'], text: string): Reply => ({
    card,
    text,
    audience: 'person',
    ...(state.errors && Object.keys(state.errors).length > 0
      ? { fieldErrors: state.errors as Record<string, string> }
      : {}),
  });
  const { stores } = deps;

  if (form === 'plan') {
    if (!person.roles.includes('qa_manager'))
      throw new DomainError('not_allowed', 'Only a QA manager can plan a Challenge Day.');
    const everyone = await stores.people.allByName(500);
    const choice = (candidate: { _id: string; displayName: string }) => ({
      title: candidate.displayName,
      value: candidate._id,
    });
    const districts = await stores.districts.all();
    const editing = ids.challengeDayId ? await stores.challengeDays.findById(ids.challengeDayId) : null;
    return reply(
      renderCard('plan-challenge-day-form', {
        challengeDayId: editing?._id ?? '',
        ...(editing && !state.values ? { values: planValuesOf(editing, deps.servicePriorities) } : {}),
        ...state,
        districts: districts.map((district) => ({
          title: `${district.name} (${district.matLocality})`,
          value: district._id,
        })),
        priorities: priorityChoices(deps.servicePriorities),
        auditors: everyone
          .filter((candidate) =>
            candidate.roles.some((role) => ['auditor', 'senior_manager', 'partner_agency'].includes(role)),
          )
          .map(choice),
        attendees: everyone.map(choice),
      }),
      'Plan a Challenge Day',
    );
  }

  if (form === 'report-action') {
    if (!person.roles.includes('qa_manager'))
      throw new DomainError('not_allowed', 'Only a QA manager can change the draft report.');
    const report = ids.reportId ? await stores.reports.findById(ids.reportId) : null;
    const formCard = report && ids.actionKey ? await reportActionForm(stores, report, ids.actionKey, state) : null;
    if (!formCard) throw new DomainError('not_found', 'That action is no longer in the draft report.');
    return reply(formCard.card, formCard.text);
  }

  const actionForm = ACTION_FORMS[form];
  if (actionForm) {
    const action = ids.actionId ? await stores.actions.findById(ids.actionId) : null;
    if (!action || !maySeeAction(actorFor(person), action))
      throw new DomainError('not_found', 'That action was not found.');
    const names = await peopleNames(stores, [action.ownerId]);
    return reply(
      renderCard('action-update-form', {
        ...state,
        form: actionForm,
        actionId: action._id,
        what: action.what,
        ownerName: names.get(action.ownerId) ?? '',
        dueLabel: displayDate(action.dueDate),
        requestedLabel: action.dateChangeRequest ? displayDate(action.dateChangeRequest.requestedDate) : '',
      }),
      action.what,
    );
  }

  const day = ids.challengeDayId ? await stores.challengeDays.findById(ids.challengeDayId) : null;
  // A day the person could not submit this form for is not shown: its people and sites are not theirs to see.
  if (!day || !mayUseDayForm(form, actorFor(person), day))
    throw new DomainError('not_found', 'That Challenge Day was not found.');
  const heading = dayHeading(day, await stores.districts.findById(day.districtId));
  const title = `${heading.districtName}, ${heading.dateLabel}`;
  switch (form) {
    case 'notice-reply':
      return reply(renderCard('notice-reply-form', { ...heading, ...state }), `Reply to the notice: ${title}`);
    case 'case-finding':
      return reply(await caseFindingForm(stores, day, state), `Case finding: ${title}`);
    case 'focus-group':
      return reply(
        renderCard('focus-group-form', { ...heading, ...state, priorities: priorityChoices(deps.servicePriorities) }),
        `Focus-group feedback: ${title}`,
      );
    case 'observed-visit':
      return reply(renderCard('observed-visit-form', { ...heading, ...state }), `Observed visit: ${title}`);
    default:
      throw new DomainError('invalid_input', 'That form cannot be opened here.');
  }
}

function mayUseDayForm(form: OpenableForm, actor: Actor, day: ChallengeDay): boolean {
  switch (form) {
    case 'notice-reply':
      return mayReplyToNotice(actor, day);
    case 'case-finding':
      return maySubmitFindings(actor, day);
    default:
      return isPartOfDay(actor, day);
  }
}

/**
 * The case-finding form for a day, with the district's people as possible owners of a recommendation;
 * `state.values.caseReference` fills in the case when the form is sent for an allocated case.
 */
export async function caseFindingForm(stores: InteractionDeps['stores'], day: ChallengeDay, state: AnyFormState = {}) {
  const owners = await stores.people.inDistrictByName(day.districtId, 100);
  return renderCard('case-finding-form', {
    ...dayHeading(day, await stores.districts.findById(day.districtId)),
    ...state,
    owners: owners.map((owner) => ({ title: owner.displayName, value: owner._id })),
  });
}

/** A planned day as the plan form's inputs read it, to change it. */
function planValuesOf(day: ChallengeDay, priorities: readonly string[]): Record<string, string> {
  const london = DateTime.fromJSDate(day.startsAt, { zone: SERVICE_TIME_ZONE });
  return {
    districtId: day.districtId,
    date: london.toISODate() ?? '',
    startTime: london.toFormat('HH:mm'),
    districtSite: day.sites.district,
    matSite: day.sites.mat,
    focusAreas: day.focusAreas
      .map((area) => String(priorities.indexOf(area) + 1))
      .filter((position) => position !== '0')
      .join(','),
    intelligence: day.intelligence.join(','),
    intelligenceNotes: day.intelligenceNotes ?? '',
    auditTeamIds: day.auditTeamIds.join(','),
    expectedAttendeeIds: day.expectedAttendeeIds.join(','),
  };
}
