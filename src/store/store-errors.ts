/**
 * Why the store refused or failed a write. `invalid_document` is our own bug or tampered input caught
 * before it reached the database; `unavailable` means the database did not answer, and the person's
 * entry must be kept so they can try again; `identity_taken` refuses a person saved with a Teams or Slack
 * identity that another person already has.
 */
export type StoreFailure = 'invalid_document' | 'unavailable' | 'identity_taken';

export class StoreError extends Error {
  constructor(
    readonly reason: StoreFailure,
    message: string,
    readonly collection: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
