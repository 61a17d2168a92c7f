import type { Db } from 'mongodb';
import {
  reportLinkClaimSchema,
  type ReportLinkClaim,
  type ReportLinkClaimed,
} from '../domain/reports/report-link-claim.js';
import { isDuplicateKey, ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'person', key: { personId: 1 }, serves: 'recordsNamingPerson (a subject access export)' },
];

/** Which browser opened each report link first (report-link-claim.ts); the page reads and writes by `_id`. */
export class ReportLinkClaimRepository {
  readonly collection: ValidatedCollection<ReportLinkClaim>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'report_link_claims', reportLinkClaimSchema, indexes);
  }

  /**
   * Claims the link for this browser, unless a browser claimed it before: the insert is unique by the link,
   * so of two browsers opening it at once only one is first.
   */
  async claim(claim: ReportLinkClaim): Promise<ReportLinkClaimed> {
    try {
      await this.collection.insert(claim);
      return 'first';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const earlier = await this.collection.findById(claim._id);
    return earlier?.browser === claim.browser ? 'same_browser' : 'another_browser';
  }
}
