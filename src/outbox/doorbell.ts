/** Lets a running outbox pass know that new messages were queued, so it claims them without waiting its turn. */
export class Doorbell {
  private next = pending();

  ring(): void {
    this.next.resolve();
    this.next = pending();
  }

  /** Resolves at the next ring. */
  nextRing(): Promise<void> {
    return this.next.promise;
  }
}

function pending(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
