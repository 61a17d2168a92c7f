import type { Action } from '../action/action.js';
import { managesAction } from '../action/permissions.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { mayKeepRegister } from '../attendance/permissions.js';
import { mayPlanChallengeDays } from '../challenge-day/permissions.js';
import { maySubmitFindings } from '../case-finding/permissions.js';
import type { District } from '../districts/district.js';
import { mayAddTeams, mayChangeTeams } from '../districts/permissions.js';
import { mayChangeDraftReports } from '../reports/permissions.js';
import type { Report } from '../reports/report.js';
import { entityId } from '../shared/fields.js';
import type { Actor } from './actor.js';
import { mayManagePeople, mayManagePerson } from './permissions.js';
import type { Person } from './person.js';
import { AUDITOR_ROLES, type Role } from './roles.js';

/**
 * A people picker on a form, which searches the county's people as the person types. Each names the record
 * it is about, so the bot can work out again, from the record and not from the client, whom it may offer.
 */
export type PeoplePicker =
  /** The plan form's expected attendees: anyone in the county's service. */
  | { readonly kind: 'attendees' }
  /** The plan form's audit team: those who may sit on one. */
  | { readonly kind: 'auditors' }
  /** The case-finding form's recommendation owners: the people of the day's district. */
  | { readonly kind: 'day_owners'; readonly challengeDayId: string }
  /** The owner of a draft report's recommended action: the people of the report's district. */
  | { readonly kind: 'report_owners'; readonly reportId: string }
  /** The person form's line manager: anyone in the county's service. */
  | { readonly kind: 'line_managers' }
  /** Whom a leaver's open actions are all given to: the people of the leaver's district. */
  | { readonly kind: 'hand_on'; readonly personId: string }
  /** The team form's manager: the people of the team's district. */
  | { readonly kind: 'team_managers'; readonly districtId: string }
  /** Whom one action is given to by a manager: the people of the action's district. */
  | { readonly kind: 'action_owners'; readonly actionId: string }
  /** Who came to a day unannounced, on its register: anyone current, for those who keep the register. */
  | { readonly kind: 'day_register'; readonly challengeDayId: string };

/** Whom a picker may offer: people of one district, holding one of some roles, or anyone current. */
export interface PickerScope {
  readonly districtId?: string;
  readonly roles?: readonly Role[];
}

/** The plan form's expected attendees may be anyone current; its audit team, those who may sit on one. */
export const ATTENDEE_SCOPE: PickerScope = {};
export const AUDITOR_SCOPE: PickerScope = { roles: AUDITOR_ROLES };

const PREFIX = 'people.';

/** The picker as the card's search names it (a Teams Data.Query dataset, a Slack external select's source). */
export function pickerDataset(picker: PeoplePicker): string {
  switch (picker.kind) {
    case 'attendees':
    case 'auditors':
    case 'line_managers':
      return `${PREFIX}${picker.kind}`;
    case 'day_owners':
      return `${PREFIX}day_owners.${picker.challengeDayId}`;
    case 'report_owners':
      return `${PREFIX}report_owners.${picker.reportId}`;
    case 'hand_on':
      return `${PREFIX}hand_on.${picker.personId}`;
    case 'team_managers':
      return `${PREFIX}team_managers.${picker.districtId}`;
    case 'action_owners':
      return `${PREFIX}action_owners.${picker.actionId}`;
    case 'day_register':
      return `${PREFIX}day_register.${picker.challengeDayId}`;
  }
}

/** The picker a search names; null for anything else. It came from a client, so it proves nothing. */
export function readPickerDataset(dataset: unknown): PeoplePicker | null {
  if (typeof dataset !== 'string' || !dataset.startsWith(PREFIX)) return null;
  const rest = dataset.slice(PREFIX.length);
  if (rest === 'attendees' || rest === 'auditors' || rest === 'line_managers') return { kind: rest };
  const dot = rest.indexOf('.');
  const kind = rest.slice(0, dot);
  const id = entityId.safeParse(rest.slice(dot + 1));
  if (dot < 0 || !id.success) return null;
  if (kind === 'day_owners') return { kind, challengeDayId: id.data };
  if (kind === 'report_owners') return { kind, reportId: id.data };
  if (kind === 'hand_on') return { kind, personId: id.data };
  if (kind === 'team_managers') return { kind, districtId: id.data };
  if (kind === 'action_owners') return { kind, actionId: id.data };
  if (kind === 'day_register') return { kind, challengeDayId: id.data };
  return null;
}

/** The record a picker is about, as the store found it (null when there is none). */
export type PickerRecord =
  | { readonly kind: 'none' }
  | { readonly kind: 'day'; readonly day: ChallengeDay | null }
  | { readonly kind: 'report'; readonly report: Report | null }
  | { readonly kind: 'person'; readonly person: Person | null }
  | { readonly kind: 'district'; readonly district: District | null }
  | { readonly kind: 'action'; readonly action: Action | null };

/**
 * Whom the picker may offer to this person: exactly the people they could choose on the form it belongs
 * to, and only when they may fill that form in. Null — nobody, not even a hint that the record exists —
 * when they may not.
 */
export function pickerScope(actor: Actor, picker: PeoplePicker, record: PickerRecord): PickerScope | null {
  switch (picker.kind) {
    case 'attendees':
      return mayPlanChallengeDays(actor).ok ? ATTENDEE_SCOPE : null;
    case 'auditors':
      return mayPlanChallengeDays(actor).ok ? AUDITOR_SCOPE : null;
    case 'day_owners': {
      const day = record.kind === 'day' ? record.day : null;
      return day && maySubmitFindings(actor, day) ? { districtId: day.districtId } : null;
    }
    case 'report_owners': {
      const report = record.kind === 'report' ? record.report : null;
      return report && mayChangeDraftReports(actor).ok ? { districtId: report.districtId } : null;
    }
    case 'line_managers':
      return mayManagePeople(actor).ok ? ATTENDEE_SCOPE : null;
    case 'hand_on': {
      const leaver = record.kind === 'person' ? record.person : null;
      return leaver && mayManagePerson(actor, { before: leaver, after: leaver }).ok ? handOnScope(leaver) : null;
    }
    case 'team_managers': {
      const district = record.kind === 'district' ? record.district : null;
      const mayManageTeams = mayAddTeams(actor).ok || mayChangeTeams(actor).ok;
      return district && !district.retiredAt && mayManageTeams ? { districtId: district._id } : null;
    }
    case 'action_owners': {
      const action = record.kind === 'action' ? record.action : null;
      return action && managesAction(actor, action) ? { districtId: action.districtId } : null;
    }
    case 'day_register': {
      const day = record.kind === 'day' ? record.day : null;
      return day && mayKeepRegister(actor, day).ok ? ATTENDEE_SCOPE : null;
    }
  }
}

/**
 * Whom a leaver's actions may be offered to: the people of their district when they had exactly one, else
 * anyone current (giving an action to someone outside its district is refused, with why, action by action).
 */
export function handOnScope(leaver: Person): PickerScope {
  const [only, ...others] = leaver.districtIds;
  return only && others.length === 0 ? { districtId: only } : ATTENDEE_SCOPE;
}
