import type { Document } from 'mongodb';
import type { ActionSearch } from '../domain/action/action-search.js';
import { statusCondition } from './action-outstanding.js';

/**
 * The filter of a search, built from its typed fields only, so nothing a person typed reaches the query as
 * an operator. Every field that can be an equality is one (a single district is `districtId: x`, not
 * `$in: [x]`): an index reads an equality's matches in its own order, and the lists' order is the index's
 * order after its equality fields (see the indexes in actions.ts).
 */
export function actionSearchFilter(search: ActionSearch): Document {
  const due: Record<string, Date> = {};
  if (search.dueBefore) due.$lt = search.dueBefore;
  if (search.dueFrom) due.$gte = search.dueFrom;
  if (search.dueTo) due.$lte = search.dueTo;
  return {
    ...(search.districtIds ? oneOrAnyOf('districtId', search.districtIds) : {}),
    ...(search.ownerId ? { ownerId: search.ownerId } : {}),
    ...(search.ownerIds ? oneOrAnyOf('ownerId', search.ownerIds) : {}),
    ...(search.dateRequestedNotBy
      ? { dateChangeRequest: { $exists: true }, 'dateChangeRequest.byId': { $ne: search.dateRequestedNotBy } }
      : {}),
    ...(search.challengeDayId ? { challengeDayId: search.challengeDayId } : {}),
    ...statusCondition(search.statuses),
    ...(Object.keys(due).length > 0 ? { dueDate: due } : {}),
  };
}

/** `field` equal to the one value, or to any of several. */
export function oneOrAnyOf(field: string, values: readonly string[]): Document {
  return values.length === 1 ? { [field]: values[0] } : { [field]: { $in: [...values] } };
}
