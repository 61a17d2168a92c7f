import type { Logger } from '../logger.js';

/**
 * What a channel does with a failure that comes after the person was already answered (answer-in-time.ts
 * gave up waiting): nobody is left to tell, so it is only logged.
 */
export function lateFailureLogger(logger: Logger, channelName: 'Teams' | 'Slack'): (error: unknown) => void {
  return (error) => logger.warn({ err: error }, `a ${channelName} request failed after the person had been answered`);
}
