import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

/** A logger at every level whose lines a test can read back, to check what was (and was not) logged. */
export function capturedLog(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger(
    'trace',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  return { logger, lines };
}
