import type { Collection, Db, Document, Filter, IndexDescription } from 'mongodb';
import type { z } from 'zod/v4';
import { driver } from './driver-collection.js';
import { StoreError } from './store-errors.js';

/** An index with the named query it exists for, so nobody removes one without knowing what slows down. */
export interface DeclaredIndex extends IndexDescription {
  name: string;
  /** The repository method (query) this index serves. */
  serves: string;
  /** A list reads its page in this index's order (see ordered-index-option.ts). */
  readInOrder?: true;
}

/**
 * Fields the store keeps beside each document, worked out from it at every write and never read back into
 * it: a fact a query needs to match with one equality (so an index can give its matches in order) that the
 * document only holds spread over a field's values.
 */
export interface DerivedFields<T> {
  readonly names: readonly string[];
  of(document: T): Document;
}

export interface CollectionOptions<T> {
  readonly derived?: DerivedFields<T>;
  /** Indexes earlier versions declared and this one does not: dropped at start-up where they exist. */
  readonly retiredIndexes?: readonly string[];
}

/**
 * A MongoDB collection whose every document is checked by its zod schema on the way in and on the way
 * out. Repositories build their named queries on top of it; nothing else touches the driver.
 */
export class ValidatedCollection<T extends { _id: string }> {
  readonly [driver]: Collection<T>;

  constructor(
    db: Db,
    readonly name: string,
    private readonly schema: z.ZodType<T>,
    readonly indexes: readonly DeclaredIndex[],
    private readonly options: CollectionOptions<T> = {},
  ) {
    this[driver] = db.collection<T>(name);
  }

  /** The document as it is stored: with the fields derived from it. */
  stored(document: T): T {
    const { derived } = this.options;
    return derived ? { ...document, ...derived.of(document) } : document;
  }

  /** Validates a document for writing; throws StoreError('invalid_document') listing what is wrong. */
  validate(document: unknown): T {
    const parsed = this.schema.safeParse(document);
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`);
    throw new StoreError(
      'invalid_document',
      `A ${this.name} document was refused: ${problems.join('; ')}`,
      this.name,
      problems,
    );
  }

  /** Parses a stored document; a document that no longer fits its schema is a bug worth failing on. */
  read(document: Document | null): T | null {
    return document === null ? null : this.validate(this.withoutDerived(document));
  }

  readAll(documents: Document[]): T[] {
    return documents.map((document) => this.validate(this.withoutDerived(document)));
  }

  async insert(document: T): Promise<T> {
    const valid = this.validate(document);
    // The driver's OptionalUnlessRequiredId type does not follow our generic _id; the document is valid.
    await this[driver].insertOne(this.stored(valid) as Parameters<Collection<T>['insertOne']>[0]);
    return valid;
  }

  /**
   * Inserts a document unless one with the same unique key (e.g. submissionId) exists; a resubmitted or
   * duplicated card is then stored once, and the caller gets the stored document back.
   */
  async insertOnce(
    document: T,
    sameKey: Partial<Record<keyof T & string, string>>,
  ): Promise<{ stored: T; replayed: boolean }> {
    try {
      return { stored: await this.insert(document), replayed: false };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = this.read(await this[driver].findOne(sameKey as Filter<T>));
      if (!existing) throw error;
      return { stored: existing, replayed: true };
    }
  }

  /**
   * Inserts the documents in one command, each on its own: one whose _id (or other unique key) is taken
   * already is left out, the rest are stored. Returns the _ids of those left out.
   */
  async insertEachNew(documents: readonly T[]): Promise<Set<string>> {
    const valid = documents.map((document) => this.validate(document));
    if (valid.length === 0) return new Set();
    try {
      await this[driver].insertMany(
        valid.map((document) => this.stored(document)) as unknown as Parameters<Collection<T>['insertMany']>[0],
        { ordered: false },
      );
      return new Set();
    } catch (error) {
      const writeErrors = writeErrorsOf(error);
      if (!writeErrors || !writeErrors.every((writeError) => writeError.code === 11000)) throw error;
      return new Set(writeErrors.map((writeError) => valid[writeError.index]?._id ?? ''));
    }
  }

  /**
   * Stores the document whole under its _id, replacing any earlier version. Two first writes racing meet
   * on the _id; the loser then replaces what the winner inserted, so the last write stands.
   */
  async replaceById(document: T): Promise<T> {
    const valid = this.validate(document);
    const replace = (upsert: boolean) =>
      this[driver].replaceOne({ _id: valid._id } as Filter<T>, this.stored(valid), { upsert });
    try {
      await replace(true);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Nothing to replace under this _id: the duplicate was on another unique key (another person with
      // the same email), and the document was not stored, which the caller must hear.
      if ((await replace(false)).matchedCount === 0) throw error;
    }
    return valid;
  }

  async findById(id: string): Promise<T | null> {
    return this.read(await this[driver].findOne({ _id: id } as Filter<T>));
  }

  private withoutDerived(document: Document): Document {
    const { derived } = this.options;
    if (!derived) return document;
    const own = { ...document };
    for (const name of derived.names) delete own[name];
    return own;
  }

  /**
   * Creates the declared indexes; safe to run at every start-up. `ordered` is what the engine needs told to
   * keep an index a list reads in order (ordered-index-option.ts).
   */
  async ensureIndexes(ordered: Document = {}): Promise<void> {
    if (this.indexes.length === 0) {
      // Creating the collection makes its _id index visible even before the first write.
      await this[driver].db.createCollection(this.name).catch((error: unknown) => {
        if (!isAlreadyExists(error)) throw error;
      });
      return;
    }
    // One at a time: FerretDB 1.24 drops the connection (a server panic) when one createIndexes call names
    // several indexes that all exist already, which is every start-up after the first.
    for (const { serves: _serves, readInOrder, key, ...options } of this.indexes) {
      if (readInOrder && Object.keys(ordered).length > 0) {
        // The driver passes on only the options MongoDB knows; the command takes the engine's own.
        await this[driver].db.command({ createIndexes: this.name, indexes: [{ key, ...options, ...ordered }] });
      } else {
        await this[driver].createIndex(key, options);
      }
    }
    const retired = new Set(this.options.retiredIndexes);
    if (retired.size === 0) return;
    // A retired index would only slow every write down; its queries are served by the declared ones.
    for (const { name } of await this[driver].listIndexes().toArray()) {
      if (typeof name === 'string' && retired.has(name)) await this[driver].dropIndex(name);
    }
  }
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}

/** The failed documents of an unordered insert, by their place in it; undefined for any other error. */
function writeErrorsOf(error: unknown): { index: number; code: number }[] | undefined {
  if (typeof error !== 'object' || error === null || !('writeErrors' in error)) return undefined;
  const { writeErrors } = error;
  const list: unknown[] = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
  const read = list.map((writeError) =>
    typeof writeError === 'object' && writeError !== null && 'index' in writeError && 'code' in writeError
      ? { index: Number(writeError.index), code: Number(writeError.code) }
      : undefined,
  );
  return read.every((writeError) => writeError !== undefined) ? read : undefined;
}

function isAlreadyExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 48;
}
