import type { Db } from 'mongodb';
import { caseSampleSchema, type CaseSample } from '../domain/sampling/case-sample.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'day_unique', key: { challengeDayId: 1 }, unique: true, serves: 'forChallengeDay' },
  { name: 'district_drawn', key: { districtId: 1, drawnAt: -1 }, serves: 'drawnInDistrictSince' },
  { name: 'case', key: { 'cases.caseReference': 1 }, serves: 'withCase' },
];

/** The case sample of each Challenge Day; at most one per day. */
export class CaseSampleRepository {
  readonly collection: ValidatedCollection<CaseSample>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'case_samples', caseSampleSchema, indexes);
  }

  insert(sample: CaseSample): Promise<CaseSample> {
    return this.collection.insert(sample);
  }

  /** Stores the day's one sample; when the day has one already, that one is returned. */
  saveOnce(sample: CaseSample): Promise<{ stored: CaseSample; replayed: boolean }> {
    return this.collection.insertOnce(sample, { challengeDayId: sample.challengeDayId });
  }

  /**
   * The case references in the district's samples drawn since a date, other than the given day's own:
   * left out of the next draw.
   */
  async referencesSampledSince(districtId: string, since: Date, exceptChallengeDayId: string): Promise<Set<string>> {
    const samples = (await this.drawnInDistrictSince(districtId, since)).filter(
      (sample) => sample.challengeDayId !== exceptChallengeDayId,
    );
    return new Set(samples.flatMap((sample) => sample.cases.map((entry) => entry.caseReference)));
  }

  async forChallengeDay(challengeDayId: string): Promise<CaseSample | null> {
    return this.collection.read(await this.collection[driver].findOne({ challengeDayId }));
  }

  /** Every sample a case reference was drawn in, oldest first, for the case's audit trail. */
  async withCase(caseReference: string): Promise<CaseSample[]> {
    const found = await this.collection[driver]
      .find({ 'cases.caseReference': caseReference })
      .sort({ drawnAt: 1 })
      .toArray();
    return this.collection.readAll(found);
  }

  /** Samples drawn in a district since a date: their cases are left out of the next draw. */
  async drawnInDistrictSince(districtId: string, since: Date): Promise<CaseSample[]> {
    const found = await this.collection[driver].find({ districtId, drawnAt: { $gte: since } }).toArray();
    return this.collection.readAll(found);
  }
}
