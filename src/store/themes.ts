import type { Db } from 'mongodb';
import { seededThemes } from '../domain/themes/seed-themes.js';
import { themeSchema, type Theme } from '../domain/themes/theme.js';
import { driver } from './driver-collection.js';
import { isDuplicateKey, ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

// The vocabulary is a few dozen themes, read whole: no index beyond _id is needed.
const indexes: DeclaredIndex[] = [];

/** The county's vocabulary of learning themes, retired ones too (old records still read their names). */
export class ThemeRepository {
  readonly collection: ValidatedCollection<Theme>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'themes', themeSchema, indexes);
  }

  /**
   * Adds the starting vocabulary the first time the bot starts. Idempotent: a theme already there (retired
   * or renamed since: its id stays) is left as it is, so a restart never brings back what a QA manager retired.
   */
  async seedDefaults(now: Date): Promise<number> {
    let added = 0;
    for (const theme of seededThemes(now)) {
      try {
        await this.collection.insert(theme);
        added += 1;
      } catch (error) {
        // Seeded at an earlier start, or by another instance starting at the same moment.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    return added;
  }

  /** Every theme, retired ones too, by name. */
  async all(): Promise<Theme[]> {
    return this.collection.readAll(await this.collection[driver].find({}).sort({ name: 1 }).toArray());
  }

  /** Stores a theme as an edit left it (added, renamed, retired or brought back). */
  save(theme: Theme): Promise<Theme> {
    return this.collection.replaceById(theme);
  }
}
