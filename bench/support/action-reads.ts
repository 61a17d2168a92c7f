import type { Document } from 'mongodb';

/** The reads of one district's actions a run sent: lists (every match) and probes (is there any, limit 1). */
export interface DistrictReads {
  readonly lists: number;
  readonly probes: number;
}

/**
 * Counts, from the commands a client sent (command monitoring), the reads of the actions collection that
 * name one district: what the digest run's "one read per district" is checked by.
 */
export class ActionReadsByDistrict {
  private readonly reads = new Map<string, { lists: number; probes: number }>();

  record(command: Document): void {
    if (command.find !== 'actions') return;
    const districtId: unknown = (command.filter as Document | undefined)?.districtId;
    if (typeof districtId !== 'string') return;
    const counts = this.reads.get(districtId) ?? { lists: 0, probes: 0 };
    if (command.limit === 1 || command.singleBatch === true) counts.probes += 1;
    else counts.lists += 1;
    this.reads.set(districtId, counts);
  }

  perDistrict(): Record<string, DistrictReads> {
    return Object.fromEntries(this.reads);
  }
}
