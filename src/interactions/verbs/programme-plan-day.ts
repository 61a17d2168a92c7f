import { DateTime } from 'luxon';
import { mayPlanChallengeDays } from '../../domain/challenge-day/permissions.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { entityId, isoDate } from '../../domain/shared/fields.js';
import { calendarDateFromIso, SERVICE_TIME_ZONE } from '../../domain/shared/london-time.js';
import { planForm } from '../present/plan-form.js';
import { defineVerb } from './card-verb.js';
import { z } from 'zod/v4';

const programmeDayContext = z.strictObject({ districtId: entityId, date: isoDate });

/**
 * "Plan it" on the reminder of a day of the programme: the plan form, filled in with the district and the
 * proposed date and, from the district's last Challenge Day, its start time and both sites.
 */
export const programmePlanDayVerb = defineVerb({
  name: 'programme.planDay',
  context: programmeDayContext,
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: mayPlanChallengeDays,
  async handle(deps, { person, context }) {
    const last = await deps.stores.challengeDays.latestForDistrict(
      context.districtId,
      calendarDateFromIso('9999-12-31'),
    );
    const lastTime = last
      ? DateTime.fromJSDate(last.startsAt, { zone: SERVICE_TIME_ZONE }).toFormat('HH:mm')
      : undefined;
    return planForm(
      deps,
      person,
      {},
      {
        values: {
          districtId: context.districtId,
          date: context.date,
          ...(last ? { districtSite: last.sites.district, matSite: last.sites.mat } : {}),
          ...(lastTime ? { startTime: lastTime } : {}),
        },
      },
    );
  },
});
