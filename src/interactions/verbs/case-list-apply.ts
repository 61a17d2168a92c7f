import { z } from 'zod/v4';
import { displayDateTime } from '../../cards/display-time.js';
import { applyCaseList } from '../../domain/case-list/apply-case-list.js';
import { mayImportCaseLists } from '../../domain/case-list/permissions.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { entityId } from '../../domain/shared/fields.js';
import { caseListPorts } from '../../case-list-import/case-list-import.js';
import { caseListImportCard } from '../present/case-list-import-card.js';
import { receipt } from '../present/message-cards.js';
import { defineVerb } from './card-verb.js';

/**
 * The Apply button under a case list's dry run: the list becomes its district's current one, replacing the
 * one before, audited. Pressed again (or on two copies at once) it changes nothing and says so.
 */
export const caseListApplyVerb = defineVerb({
  name: 'caseList.apply',
  context: z.strictObject({ listId: entityId }),
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: mayImportCaseLists,
  async handle(deps, { person, actor, context, now, commandId }) {
    const applied = await applyCaseList(caseListPorts(deps.stores), context.listId, { actor, commandId, now });
    if (!applied.ok) return applied;
    const { list } = applied.value;
    if (applied.value.kind === 'applied_already') {
      const by = list.appliedBy ? await deps.stores.people.findById(list.appliedBy) : null;
      return succeed(
        receipt(
          `${list.fileName} was applied already`,
          person.displayName,
          now,
          [
            {
              title: 'Applied',
              value: `by ${by?.displayName ?? 'someone'}${list.appliedAt ? `, ${displayDateTime(list.appliedAt)}` : ''}`,
            },
          ],
          'Nothing was changed this time. To store a newer list, send the file again.',
        ),
      );
    }
    const [district, teams] = await Promise.all([
      deps.stores.districts.findById(list.districtId),
      deps.stores.teams.inDistrict(list.districtId),
    ]);
    return succeed(
      caseListImportCard(
        list,
        { districtName: district?.name ?? list.districtId, teams, ignoredColumns: [] },
        { kind: 'applied', replaced: applied.value.replaced },
      ),
    );
  },
});
