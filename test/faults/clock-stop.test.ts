import { describe, expect, it } from 'vitest';
import { startClock } from '../../src/jobs/clock.js';
import { createLogger } from '../../src/logger.js';

describe('stopping the clock', () => {
  it('tells the tick in progress to take on nothing more, and returns only once it has finished', async () => {
    const steps: string[] = [];
    let release = () => {};
    const clock = startClock(async (stopping) => {
      steps.push('tick started');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      steps.push(stopping.aborted ? 'tick saw it is stopping' : 'tick went on');
    }, createLogger('silent'));
    await expect.poll(() => steps).toEqual(['tick started']);

    const stopped = clock.stop().then(() => steps.push('stopped'));
    await new Promise((wake) => setTimeout(wake, 50));
    expect(steps).toEqual(['tick started']);
    release();
    await stopped;

    expect(steps).toEqual(['tick started', 'tick saw it is stopping', 'stopped']);
  });
});
