import { z } from 'zod/v4';
import { displayDateTime } from '../../cards/display-time.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { mayImportPeople } from '../../domain/people/permissions.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { entityId } from '../../domain/shared/fields.js';
import { applyPeopleImport } from '../../people-import/people-import.js';
import { receipt } from '../present/message-cards.js';
import { peopleImportCard } from '../present/people-import-card.js';
import { defineVerb } from './card-verb.js';

const NOT_FOUND =
  'That people file was not found: a file sent to the bot is kept for 7 days until it is applied. Send it again.';

/**
 * The Apply button under a people file's dry run: the kept file is planned again against the people as they
 * are now (someone may have been added since the dry run) and applied, each change audited; the card is
 * replaced by what was done, and the file's text is dropped. Pressed again, it changes nothing and says so.
 */
export const peopleImportApplyVerb = defineVerb({
  name: 'peopleImport.apply',
  context: z.strictObject({ importId: entityId }),
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: mayImportPeople,
  async handle(deps, { person, actor, context, now }) {
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
    const result = await applyPeopleImport(deps.stores, upload.text, actor, { now });
    if (!result.ok) return result;
    await deps.stores.peopleImports.markApplied(upload._id, person._id, now);
    return succeed(peopleImportCard(result.value, { fileName: upload.fileName, importId: upload._id, applied: true }));
  },
});
