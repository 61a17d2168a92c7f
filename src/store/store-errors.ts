/**
 * Why the store refused or failed a write. `invalid_document` is our own bug or tampered input caught
 * before it reached the database; `identity_taken` refuses a person saved with a Teams or Slack
 * identity that another person already has.
 */
export type StoreFailure = 'invalid_document' | 'identity_taken';

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
