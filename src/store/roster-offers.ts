import type { Db, Filter } from 'mongodb';
import { z } from 'zod/v4';
import { MEMBERS_PER_CARD } from '../domain/people/roster.js';
import { workEmail } from '../domain/people/work-email.js';
import { boundedText, entityId } from '../domain/shared/fields.js';
import { driver } from './driver-collection.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

/**
 * The members of a team or channel a QA manager was offered to add (`who here is not registered?`), kept so
 * the card's one button carries only this record's id, not up to 25 names and emails. When they were added
 * is noted, so pressing the button again adds nobody twice and says so.
 */
export const rosterOfferSchema = z.strictObject({
  _id: entityId,
  districtId: entityId,
  offeredBy: entityId,
  offeredAt: z.date(),
  candidates: z
    .array(z.strictObject({ displayName: boundedText(120), email: workEmail }))
    .min(1)
    .max(MEMBERS_PER_CARD),
  addedAt: z.date().optional(),
  addedBy: entityId.optional(),
});
export type RosterOffer = z.infer<typeof rosterOfferSchema>;

const indexes: DeclaredIndex[] = [{ name: 'offered_at', key: { offeredAt: 1 }, serves: 'the daily purge (offeredAt)' }];

export class RosterOfferRepository {
  readonly collection: ValidatedCollection<RosterOffer>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'roster_offers', rosterOfferSchema, indexes);
  }

  save(offer: RosterOffer): Promise<RosterOffer> {
    return this.collection.insert(offer);
  }

  findById(id: string): Promise<RosterOffer | null> {
    return this.collection.findById(id);
  }

  /** Notes that the offer's members were added (or found registered already) by whom and when. */
  async markAdded(id: string, by: string, at: Date): Promise<void> {
    await this.collection[driver].updateOne({ _id: id } as Filter<RosterOffer>, {
      $set: { addedAt: at, addedBy: by },
    });
  }
}
