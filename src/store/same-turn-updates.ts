import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';

interface Waiting<T extends Document> {
  readonly filter: Filter<T>;
  readonly update: UpdateFilter<T>;
  readonly settle: (error?: unknown) => void;
}

/**
 * Single-document updates asked for in the same turn of the event loop, sent to the database as one command
 * (a group commit). The outbox records the outcome of every post it makes; dozens of posts end at nearly the
 * same moment in a broadcast, and one command for them all, instead of one each, is what keeps a busy
 * database from becoming the slowest part of sending. Each caller still waits for, and hears of, its own write.
 *
 * Only for updates that may be applied twice to the same effect ($set, $unset, $min): when the command fails,
 * each of its updates is sent again on its own, so each caller hears its own outcome. Engines do not agree on
 * which updates of a failed command were applied (the embedded FerretDB stops at the first failure and names
 * the wrong one), so a failed command's answer is not trusted for that.
 *
 * Updates in one command are unordered: two updates of the same document must not be asked for in the same
 * turn (a message's outcome has one writer, the instance holding its lease, and it writes one step at a time).
 */
export class SameTurnUpdates<T extends Document> {
  private waiting: Waiting<T>[] = [];

  constructor(private readonly collection: Collection<T>) {}

  /** Updates one document; resolves when the command that carried it has been answered. */
  updateOne(filter: Filter<T>, update: UpdateFilter<T>): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => void this.send());
      this.waiting.push({ filter, update, settle: (error) => (error === undefined ? resolve() : reject(error)) });
    });
  }

  private async send(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    try {
      if (batch.length > 1) {
        await this.collection.bulkWrite(
          batch.map(({ filter, update }) => ({ updateOne: { filter, update } })),
          { ordered: false },
        );
        for (const waiting of batch) waiting.settle();
        return;
      }
    } catch {
      // Each is tried on its own below.
    }
    await Promise.all(
      batch.map(({ filter, update, settle }) =>
        this.collection.updateOne(filter, update).then(
          () => settle(),
          (error: unknown) => settle(error),
        ),
      ),
    );
  }
}
