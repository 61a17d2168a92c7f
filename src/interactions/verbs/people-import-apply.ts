import { z } from 'zod/v4';
import { displayDateTime } from '../../cards/display-time.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { mayImportPeople } from '../../domain/people/permissions.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { entityId } from '../../domain/shared/fields.js';
import { planAgainstRegister, savePlannedImport } from '../../people-import/people-import.js';
import { receipt } from '../present/message-cards.js';
import { peopleImportCard } from '../present/people-import-card.js';
import { defineVerb } from './card-verb.js';

const NOT_FOUND =
  'That people file was not found: a file sent to the bot is kept for 7 days until it is applied. Send it again.';

/**
 * How long one press may spend saving. Teams and Slack wait about 4 seconds for the answer, and on the embedded
 * database a save takes a few milliseconds: a county's whole file takes a few presses there (one on MongoDB).
 */
const SAVING_FOR_AT_MOST_MS = 2_000;
/** Saves made between two looks at the time. */
const SAVES_AT_A_TIME = 10;

/**
 * The Apply (or Continue) button under a people file's dry run: the kept file is planned again against the
 * people as they are now (someone may have been added since) and saved, each change audited, for as long as
 * the platform waits; what is left is imported by pressing Continue, which plans again, so nobody is imported
 * twice. Once all is saved the card shows what was done and the file's text is dropped. Pressed again, it
 * changes nothing and says so.
 */
export const peopleImportApplyVerb = defineVerb({
  name: 'peopleImport.apply',
  context: z.strictObject({ importId: entityId }),
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: mayImportPeople,
  async handle(deps, { person, actor, context, now }) {
    const started = Date.now();
    const upload = await deps.stores.peopleImports.findById(context.importId);
    if (!upload) return refuse('not_found', NOT_FOUND);
    if (upload.appliedAt || upload.text === undefined) {
      const by = upload.appliedBy ? await deps.stores.people.findById(upload.appliedBy) : null;
      return succeed(
        receipt(
          `${upload.fileName} was applied already`,
          person.displayName,
          now,
          [
            {
              title: 'Applied',
              value: `by ${by?.displayName ?? 'someone'}${upload.appliedAt ? `, ${displayDateTime(upload.appliedAt)}` : ''}`,
            },
          ],
          'Nothing was changed this time. To import a newer version, send the file again.',
        ),
      );
    }
    const planned = await planAgainstRegister(deps.stores, upload.text, actor, { now });
    if (!planned.ok) return planned;
    const { plan, saves } = planned.value;
    const file = { fileName: upload.fileName, importId: upload._id };
    let saved = 0;
    let result = plan;
    while (saved < saves.length && Date.now() - started < SAVING_FOR_AT_MOST_MS) {
      const chunk = saves.slice(saved, saved + SAVES_AT_A_TIME);
      result = await savePlannedImport(deps.stores, { plan, saves: chunk });
      saved += chunk.length;
      // Someone took an email since the plan was made: the next press plans again with them in it.
      if (result.counts.refused > plan.counts.refused && saved < saves.length) break;
    }
    if (saved < saves.length) {
      return succeed(peopleImportCard(plan, file, { kind: 'part_imported', saved, toSave: saves.length }));
    }
    await deps.stores.peopleImports.markApplied(upload._id, person._id, now);
    return succeed(peopleImportCard(result, file, { kind: 'applied' }));
  },
});
