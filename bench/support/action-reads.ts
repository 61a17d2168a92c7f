import type { Document } from 'mongodb';

/**
 * The reads of one district's actions a run sent: lists (a find of every match), pages (a find with a limit
 * above 1), probes (is there any, limit 1) and counts (an aggregate the database sums up).
 */
export interface DistrictReads {
  readonly lists: number;
  readonly pages: number;
  readonly probes: number;
  readonly counts: number;
}

/**
 * Counts, from the commands a client sent (command monitoring), the reads of the actions collection that
 * name one district: what the digest run's "read once per district, never every action" is checked by.
 */
export class ActionReadsByDistrict {
  private readonly reads = new Map<string, { lists: number; pages: number; probes: number; counts: number }>();

  record(command: Document): void {
    const filter = readFilterOf(command);
    const districtId: unknown = filter?.districtId;
    if (typeof districtId !== 'string') return;
    const counts = this.reads.get(districtId) ?? { lists: 0, pages: 0, probes: 0, counts: 0 };
    if (command.aggregate === 'actions') counts.counts += 1;
    else if (command.limit === 1 || command.singleBatch === true) counts.probes += 1;
    else if (typeof command.limit === 'number' && command.limit > 1) counts.pages += 1;
    else counts.lists += 1;
    this.reads.set(districtId, counts);
  }

  perDistrict(): Record<string, DistrictReads> {
    return Object.fromEntries(this.reads);
  }
}

/** The filter of a find of actions, or the first $match of an aggregate over them. */
function readFilterOf(command: Document): Document | undefined {
  if (command.find === 'actions') return command.filter as Document | undefined;
  if (command.aggregate !== 'actions') return undefined;
  const [first] = (command.pipeline ?? []) as Document[];
  return first?.$match as Document | undefined;
}
