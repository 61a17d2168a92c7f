export type EmbeddedServerFailure = 'go_missing' | 'build_failed' | 'start_failed';

/** The embedded database could not be built or started; the message says what to do about it. */
export class EmbeddedServerError extends Error {
  constructor(
    readonly reason: EmbeddedServerFailure,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedServerError';
  }
}
