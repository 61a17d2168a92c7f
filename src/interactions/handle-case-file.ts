import { keepCaseList, planCaseListImport } from '../case-list-import/case-list-import.js';
import { mayImportCaseLists } from '../domain/case-list/permissions.js';
import type { Actor } from '../domain/people/actor.js';
import type { Person } from '../domain/people/person.js';
import { succeed, type Outcome } from '../domain/shared/domain-error.js';
import type { InteractionDeps } from './interaction-deps.js';
import { caseListImportCard } from './present/case-list-import-card.js';
import type { Reply } from './reply.js';
import { withWhoCanHelp } from './who-can-help.js';

/**
 * A district's case list sent in chat: its dry run as a card with an Apply button. Only the rows that passed
 * are kept, pending, for the button to name; a refused row's contents are never stored.
 */
export async function answerCaseFile(
  deps: InteractionDeps,
  upload: { readonly person: Person; readonly actor: Actor; readonly fileName: string; readonly text: string },
): Promise<Outcome<Reply>> {
  const allowed = mayImportCaseLists(upload.actor);
  if (!allowed.ok) return withWhoCanHelp(deps.stores, upload.person, allowed);
  const now = deps.now();
  const plan = await planCaseListImport(deps.stores, upload.text, { now });
  if (!plan.ok) return plan;
  const [pending, current, teams] = await Promise.all([
    keepCaseList(deps.stores, plan.value, { fileName: upload.fileName, uploadedBy: upload.person._id, now }),
    deps.stores.caseLists.currentFor(plan.value.districtId),
    deps.stores.teams.inDistrict(plan.value.districtId),
  ]);
  return succeed(
    caseListImportCard(
      pending,
      { districtName: plan.value.districtName, teams, ignoredColumns: plan.value.ignoredColumns },
      { kind: 'dry_run', current },
    ),
  );
}
