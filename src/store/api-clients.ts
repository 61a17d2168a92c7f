import type { Db } from 'mongodb';
import { apiClientSchema, type ApiClient } from '../domain/api-access/api-client.js';
import { isDuplicateKey, ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'token_hash_unique', key: { tokenHash: 1 }, unique: true, serves: 'withTokenHash (every API request)' },
];

/** The clients of the read API: their names, token hashes, districts and scopes. Revoked, never deleted. */
export class ApiClientRepository {
  readonly collection: ValidatedCollection<ApiClient>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'api_clients', apiClientSchema, indexes);
  }

  /** Stores a new client; false when the name is taken (by a current or a revoked client). */
  async add(client: ApiClient): Promise<boolean> {
    try {
      await this.collection.insert(client);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /** The client holding the token with this hash, revoked or not, or null. */
  async withTokenHash(tokenHash: string): Promise<ApiClient | null> {
    return this.collection.read(await this.collection[driver].findOne({ tokenHash }));
  }

  findByName(name: string): Promise<ApiClient | null> {
    return this.collection.findById(name);
  }

  /** Every client, by name. */
  async all(): Promise<ApiClient[]> {
    return this.collection.readAll(await this.collection[driver].find({}).sort({ _id: 1 }).toArray());
  }

  /** Marks a current client revoked; false when there is none of that name or it was revoked already. */
  async revoke(name: string, at: Date): Promise<boolean> {
    const result = await this.collection[driver].updateOne(
      { _id: name, revokedAt: { $exists: false } },
      { $set: { revokedAt: at } },
    );
    return result.modifiedCount === 1;
  }
}
