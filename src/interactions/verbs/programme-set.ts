import { mayManageProgramme } from '../../domain/programme/permissions.js';
import type { Programme } from '../../domain/programme/programme.js';
import { daysOf as districtDays } from '../../domain/programme/propose-dates.js';
import { setProgramme } from '../../domain/programme/set-programme.js';
import { programmeSubmissionSchema } from '../../domain/forms/programme.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { formatCalendarDate } from '../../domain/shared/london-time.js';
import { daysOf } from '../../programme/load-programme.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import { programmeForm } from '../present/programme-form.js';
import type { Reply } from '../reply.js';
import { defineVerb } from './card-verb.js';
import { programmeYearContext } from './verb-contexts.js';

/**
 * The programme form, submitted by a QA manager: the year's rota, blackout dates and reminder lead time are
 * stored (a new programme, or a step of the year's, audited either way). A line naming no district, or written
 * wrongly, brings the form back with the line named beside the rota, and nothing is stored. The same submission
 * delivered twice saves once.
 */
export const programmeSetVerb = defineVerb({
  name: 'programme.set',
  context: programmeYearContext,
  submission: programmeSubmissionSchema,
  form: programmeForm,
  mayUse: mayManageProgramme,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const { year } = context;
    const existing = await deps.stores.programmes.forYear(year);
    if (existing?.history.some((entry) => entry.commandId === commandId)) {
      return succeed(await savedReceipt(deps, existing, person.displayName, now, 'saved'));
    }
    const set = setProgramme(year, submission, await deps.stores.districts.active(), existing, {
      actor,
      commandId,
      now,
    });
    if (!set.ok) return set;
    switch (set.value.kind) {
      case 'unchanged':
        return succeed(await savedReceipt(deps, set.value.programme, person.displayName, now, 'unchanged'));
      case 'created':
        return succeed(
          await savedReceipt(
            deps,
            await deps.stores.programmes.create(set.value.programme),
            person.displayName,
            now,
            'saved',
          ),
        );
      case 'changed': {
        const saved = await deps.stores.programmes.saveTransition(set.value.before, set.value.after);
        if (saved.kind === 'conflict' || saved.kind === 'missing') {
          return refuse(
            'conflict',
            `Someone changed the ${year} programme just now: open it again with “programme for ${year}”.`,
          );
        }
        return succeed(await savedReceipt(deps, saved.entity, person.displayName, now, 'saved'));
      }
    }
  },
});

/** What the QA manager reads once the programme is saved: each district's first day and how many days it has. */
async function savedReceipt(
  deps: InteractionDeps,
  programme: Programme,
  byName: string,
  now: Date,
  outcome: 'saved' | 'unchanged',
): Promise<Reply> {
  const days = await daysOf(deps.stores, programme);
  const districts = await deps.stores.districts.all();
  const facts = programme.rota.map((line) => {
    const ofDistrict = districtDays(days, line.districtId).filter((day) => day.state !== 'skipped');
    const first = ofDistrict[0];
    return {
      title: districts.find((district) => district._id === line.districtId)?.name ?? line.districtId,
      value: `${ofDistrict.length} days${first ? `, the first on ${formatCalendarDate(first.date)}` : ''}`,
    };
  });
  return receipt(
    outcome === 'saved'
      ? `Challenge Day programme for ${programme.year} saved`
      : `The ${programme.year} programme is unchanged`,
    byName,
    now,
    [...facts, { title: 'Reminders', value: `${programme.reminderWeeks} weeks before each day, at 09:00` }],
    `See the year with “programme ${programme.year}”. Days fall on working days only, never on a bank holiday or a blackout date.`,
  );
}
