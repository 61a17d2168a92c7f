import { mayKeepRegister } from '../../domain/attendance/permissions.js';
import { recordRegister } from '../../domain/attendance/record-register.js';
import { DAY_NOT_FOUND } from '../../domain/challenge-day/day-refusal.js';
import { attendanceRegisterSubmissionSchema } from '../../domain/forms/attendance-register.js';
import { ATTENDEE_SCOPE } from '../../domain/people/people-pickers.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { chosenPeopleAllowed } from '../people-pickers/chosen-people-check.js';
import { dayHeading } from '../present/day-heading.js';
import { receipt } from '../present/message-cards.js';
import { attendanceRegisterForm } from '../present/register-form.js';
import { defineVerb } from './card-verb.js';
import { challengeDayContext } from './verb-contexts.js';

/**
 * The register of who came, submitted: stored as the day's one register (a later one replaces it), and the
 * receipt says how many came, did not, and came unannounced.
 */
export const registerSubmitVerb = defineVerb({
  name: 'register.submit',
  context: challengeDayContext,
  submission: attendanceRegisterSubmissionSchema,
  form: attendanceRegisterForm,
  // Who keeps a day's register depends on the day (its planner, its audit team): the domain command decides.
  mayUse: anyRegisteredPerson,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const { stores } = deps;
    const day = await stores.challengeDays.findById(context.challengeDayId);
    if (!day) return refuse('not_found', DAY_NOT_FOUND);
    // Whether they may keep it is said before anything about the people they chose.
    const allowed = mayKeepRegister(actor, day);
    if (!allowed.ok) return allowed;
    const chosen = await chosenPeopleAllowed(stores, [
      {
        field: 'unannounced',
        ids: submission.unannouncedIds,
        scope: ATTENDEE_SCOPE,
        choose: 'someone who works for the county or a partner agency',
      },
    ]);
    if (!chosen.ok) return chosen;
    const recorded = await recordRegister(
      {
        findChallengeDay: (id) => stores.challengeDays.findById(id),
        repliesForDay: (id) => stores.noticeReplies.repliesForDay(id),
        findRegister: (id) => stores.attendanceRegisters.forChallengeDay(id),
        createRegister: (register) => stores.attendanceRegisters.createFirst(register),
        saveRegister: (before, after) => stores.attendanceRegisters.saveTransition(before, after),
      },
      day._id,
      submission,
      { actor, commandId, now },
    );
    if (!recorded.ok) return recorded;
    const { register, replaced } = recorded.value;
    const heading = dayHeading(day, await stores.districts.findById(day.districtId));
    return succeed(
      receipt(
        replaced ? 'Who came: register replaced' : 'Who came: register saved',
        person.displayName,
        register.recordedAt,
        [
          { title: 'Challenge Day', value: `${heading.districtName}, ${heading.dateLabel}` },
          { title: 'Came', value: String(register.attendedIds.length) },
          { title: 'Did not come', value: String(register.absentIds.length) },
          { title: 'Came unannounced', value: String(register.unannouncedIds.length) },
        ],
        'The report counts who came by role and by agency. Saving the register again replaces it.',
      ),
    );
  },
});
