import type { ActionFinder } from '../action/action-search.js';
import type { AuditEvent } from '../audit/audit-event.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { exportDownloadedEvent, exportGrantedEvent, ownerSeenEvent } from './export-audit.js';
import { exportSearch, type ActionExportFilter } from './export-filter.js';
import { actionExportRows, type ActionExportRow } from './export-rows.js';
import { exportableDistrictIds, mayExportActions } from './permissions.js';

/** The most rows one export holds: well inside a spreadsheet's limit, and a file made in a few seconds. */
export const MAX_EXPORT_ROWS = 20_000;

export interface ActionExportPorts extends ActionFinder {
  /** Display names of these people (those that exist), by id. */
  peopleNames(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Every district's name (retired ones too: their actions are still on the plan), by id. */
  districtNames(): Promise<ReadonlyMap<string, string>>;
  recordAudit(event: AuditEvent): Promise<void>;
}

/**
 * "export the action plan for High Peak" answered: when the person may export it, the grant of a link bound
 * to them until `expiresAt` is recorded, and they are told how many actions it holds now. The file itself
 * is made when the link is opened, so it is as current as the plan.
 */
export async function grantActionExport(
  ports: Pick<ActionExportPorts, 'countActions' | 'recordAudit'>,
  filter: ActionExportFilter,
  context: { actor: Actor; exportId: string; now: Date; expiresAt: Date },
): Promise<Outcome<{ count: number }>> {
  const allowed = mayExportActions(context.actor, filter.districtId);
  if (!allowed.ok) return allowed;
  const search = exportSearch(filter, exportableDistrictIds(context.actor), context.now);
  const total = await ports.countActions(search);
  if (total > MAX_EXPORT_ROWS) {
    return refuse(
      'invalid_input',
      `That is ${total} actions, more than the ${MAX_EXPORT_ROWS} one export holds: name a district, a status or due dates.`,
    );
  }
  await ports.recordAudit(exportGrantedEvent({ ...context, actorId: context.actor.id, filter, count: total }));
  return succeed({ count: total });
}

/**
 * The rows of an export, made when its link is opened: the person must still be allowed (a role may have
 * been taken away since the link was given). The download is recorded once for the person and once in the
 * trail of each other person whose actions it lists.
 */
export async function makeActionExport(
  ports: ActionExportPorts,
  filter: ActionExportFilter,
  context: { actor: Actor; exportId: string; openId: string; format: string; now: Date },
): Promise<Outcome<ActionExportRow[]>> {
  const allowed = mayExportActions(context.actor, filter.districtId);
  if (!allowed.ok) return allowed;
  const search = exportSearch(filter, exportableDistrictIds(context.actor), context.now);
  const { actions } = await ports.searchActions(search, { skip: 0, limit: MAX_EXPORT_ROWS });
  const ownerIds = [...new Set(actions.map((action) => action.ownerId))];
  const [people, districts] = await Promise.all([ports.peopleNames(ownerIds), ports.districtNames()]);
  const rows = actionExportRows(actions, { people, districts }, context.now);
  const { actor, ...rest } = context;
  await ports.recordAudit(exportDownloadedEvent({ ...rest, actorId: actor.id, filter, count: rows.length }));
  for (const ownerId of ownerIds.filter((id) => id !== actor.id)) {
    const count = actions.filter((action) => action.ownerId === ownerId).length;
    await ports.recordAudit(ownerSeenEvent({ ...rest, ownerId, actorId: actor.id, count }));
  }
  return succeed(rows);
}
