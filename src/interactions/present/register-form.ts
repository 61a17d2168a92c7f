import type { Choice } from '../../cards/vocabulary.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import { auditorIdsOf, type ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import { DAY_NOT_FOUND } from '../../domain/challenge-day/day-refusal.js';
import { agencyOf, countedRole } from '../../domain/attendance/attendance-summary.js';
import { listedOnRegister, peopleOfDay, prefilledAttendance } from '../../domain/attendance/people-of-day.js';
import { mayKeepRegister, registerOpen } from '../../domain/attendance/permissions.js';
import type { NoticeReply } from '../../domain/notice/notice-reply.js';
import { NOTICE_REPLY_KIND_LABELS } from '../../domain/notice/reply-kinds.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { ROLE_LABELS } from '../../domain/people/roles.js';
import { ATTENDEE_SCOPE } from '../../domain/people/people-pickers.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import type { FormRenderer } from '../verbs/card-verb.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import { dayHeading } from './day-heading.js';
import { formReply } from './form-reply.js';

/**
 * The register of who came to a day, for those who keep it: the day's people (named on it, or who answered its
 * notice), each with their role, agency and answer, ticked as having come when their answer said so — or as
 * last recorded — and a picker for anyone else who came.
 */
export const attendanceRegisterForm: FormRenderer = async (deps, person, ids, state) => {
  const { stores } = deps;
  const day = ids.challengeDayId ? await stores.challengeDays.findById(ids.challengeDayId) : null;
  if (!day) return refuse('not_found', DAY_NOT_FOUND);
  const allowed = mayKeepRegister(actorFor(person), day);
  if (!allowed.ok) return allowed;
  const open = registerOpen(day, deps.now());
  if (!open.ok) return open;
  const [district, replies, register] = await Promise.all([
    stores.districts.findById(day.districtId),
    stores.noticeReplies.repliesForDay(day._id),
    stores.attendanceRegisters.forChallengeDay(day._id),
  ]);
  const ofDay = peopleOfDay(day, replies);
  const listed = listedOnRegister(day, replies);
  const unlisted = ofDay.length - listed.length;
  const ticked = prefilledAttendance(replies, register);
  const values = state.values ?? {
    attended: ticked.filter((id) => listed.includes(id)).join(','),
    unannounced: ticked.filter((id) => !listed.includes(id)).join(','),
  };
  const [people, alsoCame] = await Promise.all([
    stores.people.findByIds(listed),
    peoplePickerData(
      stores,
      { kind: 'day_register', challengeDayId: day._id },
      ATTENDEE_SCOPE,
      idsInValue(values.unannounced),
      CARD_LIMITS.registerAlsoCameChoices,
    ),
  ]);
  const heading = dayHeading(day, district);
  const card = renderCard('attendance-register-form', {
    ...heading,
    ...state,
    values,
    prefillNote:
      (register
        ? 'Ticked as the register was last saved; saving again replaces it.'
        : `Ticked: the ${ticked.length} whose answer to the notice said they would come.`) +
      ` Listed: those named on the day and everyone who answered its notice (${listed.length}).` +
      (unlisted > 0 ? ` ${unlisted} more are not listed: add any of them who came under “Also came”.` : ''),
    people: listed.flatMap((id) => {
      const found = people.find((candidate) => candidate._id === id);
      return found ? [registerChoice(found, day, replies)] : [];
    }),
    alsoCame,
  });
  return succeed(formReply(card, `Who came: ${heading.districtName}, ${heading.dateLabel}`, state));
};

/** "Jo Bennett — District or MAT staff · expected · said: Attending". */
function registerChoice(person: Person, day: ChallengeDay, replies: readonly NoticeReply[]): Choice {
  const role = countedRole(person);
  const agency = person.roles.includes('partner_agency') ? `, ${agencyOf(person)}` : '';
  const named = auditorIdsOf(day).includes(person._id)
    ? 'audit team'
    : day.expectedAttendeeIds.includes(person._id)
      ? 'expected'
      : 'answered the notice';
  const reply = replies.find((candidate) => candidate.personId === person._id);
  const said = reply ? `said: ${NOTICE_REPLY_KIND_LABELS[reply.kind]}` : 'no answer';
  return {
    title: `${person.displayName} — ${role ? ROLE_LABELS[role] : 'no role'}${agency} · ${named} · ${said}`,
    value: person._id,
  };
}
