import type { Db, Filter } from 'mongodb';
import { z } from 'zod/v4';
import { PEOPLE_FILE_LIMITS } from '../domain/people/import/read-people-file.js';
import { boundedText, entityId } from '../domain/shared/fields.js';
import { driver } from './driver-collection.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

/**
 * A people file a QA manager sent the bot in chat, kept between its dry run and its Apply button, so the
 * button carries only this record's id (a card cannot carry a file). The file's text is removed once it is
 * applied; the record itself, and an unapplied file with it, goes with the daily purge after 7 days.
 */
export const peopleImportSchema = z.strictObject({
  _id: entityId,
  uploadedBy: entityId,
  fileName: boundedText(255),
  /** The file as sent; absent once applied. */
  text: z.string().max(PEOPLE_FILE_LIMITS.characters).optional(),
  uploadedAt: z.date(),
  appliedAt: z.date().optional(),
  appliedBy: entityId.optional(),
});
export type PeopleImport = z.infer<typeof peopleImportSchema>;

const indexes: DeclaredIndex[] = [
  { name: 'uploaded_at', key: { uploadedAt: 1 }, serves: 'the daily purge (uploadedAt)' },
];

export class PeopleImportRepository {
  readonly collection: ValidatedCollection<PeopleImport>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'people_imports', peopleImportSchema, indexes);
  }

  save(upload: PeopleImport): Promise<PeopleImport> {
    return this.collection.insert(upload);
  }

  findById(id: string): Promise<PeopleImport | null> {
    return this.collection.findById(id);
  }

  /** Notes who applied the file and when, and drops its text: the people it named are on their records now. */
  async markApplied(id: string, by: string, at: Date): Promise<void> {
    await this.collection[driver].updateOne({ _id: id } as Filter<PeopleImport>, {
      $set: { appliedAt: at, appliedBy: by },
      $unset: { text: '' },
    });
  }

  /** A file whose dry run could not be read is not kept at all. */
  async remove(id: string): Promise<void> {
    await this.collection[driver].deleteOne({ _id: id } as Filter<PeopleImport>);
  }
}
