import type { Collection, Db, Document, Filter, IndexDescription, UpdateFilter } from 'mongodb';
import type { z } from 'zod/v4';
import { StoreError } from './store-errors.js';

/** An index with the named query it exists for, so nobody removes one without knowing what slows down. */
export interface DeclaredIndex extends IndexDescription {
  name: string;
  /** The repository method (query) this index serves. */
  serves: string;
}

/**
 * A MongoDB collection whose every document is checked by its zod schema on the way in and on the way
 * out. Repositories build their named queries on top of it; nothing else touches the driver.
 */
export class ValidatedCollection<T extends { _id: string }> {
  readonly raw: Collection<T>;

  constructor(
    db: Db,
    readonly name: string,
    private readonly schema: z.ZodType<T>,
    readonly indexes: readonly DeclaredIndex[],
  ) {
    this.raw = db.collection<T>(name);
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
    return document === null ? null : this.validate(document);
  }

  readAll(documents: Document[]): T[] {
    return documents.map((document) => this.validate(document));
  }

  async insert(document: T): Promise<T> {
    const valid = this.validate(document);
    // The driver's OptionalUnlessRequiredId type does not follow our generic _id; the document is valid.
    await this.raw.insertOne(valid as Parameters<Collection<T>['insertOne']>[0]);
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
      const existing = this.read(await this.raw.findOne(sameKey as Filter<T>));
      if (!existing) throw error;
      return { stored: existing, replayed: true };
    }
  }

  /** Stores the document whole under its _id, replacing any earlier version (reference data: people, districts). */
  async replaceById(document: T): Promise<T> {
    const valid = this.validate(document);
    await this.raw.replaceOne({ _id: valid._id } as Filter<T>, valid, { upsert: true });
    return valid;
  }

  /**
   * Stores the document under its natural key (e.g. one reply per person per notice): the fields of a later
   * write replace those of an earlier one, and the _id of the first write stays. Two first writes racing
   * meet the unique index; the loser then updates what the winner inserted.
   */
  async upsertByKey(document: T, key: Partial<Record<keyof T & string, string>>): Promise<T> {
    const { _id, ...fields } = this.validate(document);
    const write = (upsert: boolean) =>
      this.raw.updateOne(key as Filter<T>, { $set: fields, $setOnInsert: { _id } } as UpdateFilter<T>, { upsert });
    try {
      await write(true);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await write(false);
    }
    const stored = this.read(await this.raw.findOne(key as Filter<T>));
    if (!stored) throw new Error(`The ${this.name} document just written could not be read back.`);
    return stored;
  }

  async findById(id: string): Promise<T | null> {
    return this.read(await this.raw.findOne({ _id: id } as Filter<T>));
  }

  /** Creates the declared indexes; safe to run at every start-up. */
  async ensureIndexes(): Promise<void> {
    if (this.indexes.length === 0) {
      // Creating the collection makes its _id index visible even before the first write.
      await this.raw.db.createCollection(this.name).catch((error: unknown) => {
        if (!isAlreadyExists(error)) throw error;
      });
      return;
    }
    await this.raw.createIndexes(this.indexes.map(({ serves: _serves, ...index }) => index));
  }
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}

function isAlreadyExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 48;
}
