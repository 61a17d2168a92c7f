import type { Document, Filter } from 'mongodb';
import type { PagePosition } from '../domain/api-access/action-filter.js';
import { driver } from './driver-collection.js';
import type { ValidatedCollection } from './validated-collection.js';

/**
 * One page of a list read by the API: the records matching `filter` that were created by the walk's first
 * page (`asOf`), in the order of their ids, after the last one served. Ids never change, so a record changed
 * between pages keeps its place; one created after `asOf` is not in this walk (see domain/api-access/page-cursor.ts).
 */
export async function snapshotPage<T extends { _id: string; createdAt: Date }>(
  collection: ValidatedCollection<T>,
  filter: Document,
  position: PagePosition,
  limit: number,
): Promise<T[]> {
  const bounds: Document[] = [{ createdAt: { $lte: position.asOf } }];
  if (position.after !== undefined) bounds.push({ _id: { $gt: position.after } });
  const found = await collection[driver]
    .find({ $and: [filter, ...bounds] } as Filter<T>)
    .sort({ _id: 1 })
    .limit(limit)
    .toArray();
  return collection.readAll(found);
}
