import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('info', destination) };
}

describe('the log', () => {
  it('never contains secrets or the free text of findings, wherever they appear', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        password: 'hunter2',
        request: {
          authorization: 'Bearer abc.def',
          body: { strengths: 'Jamie is doing well at school', caseReference: 'CR-1' },
        },
        finding: { comment: 'Mum said …', note: 'private' },
      },
      'finding stored',
    );
    const written = lines.join('');
    for (const secret of ['hunter2', 'Bearer abc.def', 'Jamie is doing well', 'Mum said', 'private'])
      expect(written).not.toContain(secret);
    expect(written).toContain('CR-1');
    expect(written).toContain('finding stored');
  });
});
