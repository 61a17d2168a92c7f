import type { Document } from 'mongodb';
import type { Stores } from '../../../src/store/stores.js';
import { driver } from '../../../src/store/driver-collection.js';

/**
 * Every record the bot keeps, collection by collection, to compare before and after a refused command.
 * A conversation's link is kept without its address and time, which every message refreshes; a conversation
 * the bot merely remembered (no district, audience or purpose) is left out, as it says nothing about access.
 */
export async function everythingStored(stores: Stores): Promise<Record<string, Document[]>> {
  const collections = Object.values(stores).map((repository) => repository.collection);
  const stored = await Promise.all(
    collections.map(async (collection) => {
      const { name } = collection;
      const documents: Document[] = await collection[driver].find({}).sort({ _id: 1 }).toArray();
      return [
        name,
        name === 'conversation_links' ? documents.filter(isLinked).map(withoutAddress) : documents,
      ] as const;
    }),
  );
  return Object.fromEntries(stored);
}

function isLinked(link: Document): boolean {
  return link.districtId !== undefined || link.audience !== undefined || link.purpose !== undefined;
}

function withoutAddress({ address: _address, updatedAt: _updatedAt, ...link }: Document): Document {
  return link;
}

/** Keys that must never reach a stored document: operators, paths and prototype names. */
const UNSAFE_KEY = /^\$|\.|^__proto__$|^constructor$|^prototype$/;

/**
 * What is wrong with what is stored: each document that no longer parses with its collection's schema, and
 * each key anywhere in a document that could be read as an operator, a path or a prototype.
 */
export async function problemsInStoredRecords(stores: Stores): Promise<string[]> {
  const problems: string[] = [];
  for (const repository of Object.values(stores)) {
    const collection = repository.collection;
    for (const document of await collection[driver].find({}).toArray()) {
      const where = `${collection.name}/${String(document._id)}`;
      try {
        collection.read(document);
      } catch (error) {
        problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (const key of unsafeKeysIn(document)) problems.push(`${where}: unsafe key "${key}"`);
    }
  }
  return problems;
}

/** Every key anywhere in a value that could be read as an operator, a path or a prototype. */
export function unsafeKeysIn(value: unknown): string[] {
  return keysIn(value).filter((key) => UNSAFE_KEY.test(key));
}

function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  // Own keys, including one literally named "__proto__".
  return Reflect.ownKeys(value).flatMap((key) =>
    typeof key === 'string' ? [key, ...keysIn((value as Record<string, unknown>)[key])] : [],
  );
}
