import type { Db, Document } from 'mongodb';

/**
 * What the engine needs told to keep an index in its keys' order, so a list can read its page from it.
 * MongoDB's indexes always are. DocumentDB (the PostgreSQL extension behind FerretDB 2) makes a compound
 * index of one index path per field by default, which a list reads several times slower, count included
 * (about 4× at 100,000 actions); told `enableOrderedIndex`, it makes one ordered index of all its fields,
 * with no server setting changed. Other engines would refuse the option, so it is given only to FerretDB 2.
 */
export async function orderedIndexOption(db: Db): Promise<Document> {
  const info = await db.admin().command({ buildInfo: 1 });
  const ferretdb: unknown = info.ferretdb;
  const version = typeof ferretdb === 'object' && ferretdb !== null && 'version' in ferretdb ? ferretdb.version : '';
  return typeof version === 'string' && /^v?2\./.test(version) ? { enableOrderedIndex: true } : {};
}
