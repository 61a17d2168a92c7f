import { describe, expect, it } from 'vitest';
import { SendPacer, type SendLimit } from '../../src/outbox/send-pacer.js';
import { VirtualPacingClock } from '../support/virtual-pacing-clock.js';
import { mostInAnyWindow } from '../support/arrival-times.js';

const perSecond = (key: string, calls: number): SendLimit => ({ key, calls, windowMs: 1_000 });

/** Makes calls one after another under the limits; each takes `callMs`. Returns when each call started. */
async function callInTurn(
  pacer: SendPacer,
  clock: VirtualPacingClock,
  limits: readonly SendLimit[],
  count: number,
  callMs = 20,
) {
  const startedAt: number[] = [];
  for (let call = 0; call < count; call += 1) {
    const permit = await pacer.take(limits, { maxWaitMs: Number.POSITIVE_INFINITY });
    if (!permit) throw new Error('no slot');
    startedAt.push(clock.now());
    await clock.sleep(callMs);
    permit.release();
  }
  return startedAt;
}

describe('pacing calls to a platform', () => {
  it('starts no more than 7 calls in any second, and keeps close to that rate', async () => {
    const clock = new VirtualPacingClock(0);
    const startedAt = await callInTurn(new SendPacer(clock), clock, [perSecond('chat', 7)], 30);

    expect(mostInAnyWindow(startedAt, 1_000)).toBe(7);
    // 30 calls at 7 a second need four full windows after the first burst, and little more.
    expect(startedAt.at(-1)).toBeLessThan(5_000);
  });

  it('counts a window from when the platform answered, so a slow answer never squeezes two bursts together', async () => {
    const clock = new VirtualPacingClock(0);
    const startedAt = await callInTurn(new SendPacer(clock), clock, [perSecond('chat', 1)], 3, 400);

    expect(startedAt).toEqual([0, 1_400, 2_800]);
  });

  it('lets calls run side by side under a shared limit, never more than it in any second', async () => {
    const clock = new VirtualPacingClock(0);
    const pacer = new SendPacer(clock);
    const tenant = perSecond('tenant', 50);
    const chats = Array.from({ length: 12 }, (_, chat) => [perSecond(`chat-${chat}`, 7), tenant]);
    const lanes = await Promise.all(chats.map((limits) => callInTurn(pacer, clock, limits, 10)));

    expect(mostInAnyWindow(lanes.flat(), 1_000)).toBeLessThanOrEqual(50);
    for (const lane of lanes) expect(mostInAnyWindow(lane, 1_000)).toBeLessThanOrEqual(7);
  });

  it('keeps to 1,800 an hour in a conversation: the next call waits for the hour to pass', async () => {
    const clock = new VirtualPacingClock(0);
    const limits = [perSecond('chat', 7), { key: 'chat', calls: 1_800, windowMs: 3_600_000 }];
    const startedAt = await callInTurn(new SendPacer(clock), clock, limits, 1_801, 1);

    expect(mostInAnyWindow(startedAt, 3_600_000)).toBe(1_800);
    expect(startedAt[1_800]).toBeGreaterThanOrEqual((startedAt[0] ?? 0) + 3_600_000);
  });

  it('turns a call away at once when its slot is further off than it may wait, and says how long', async () => {
    const clock = new VirtualPacingClock(0);
    const pacer = new SendPacer(clock);
    const limits = [perSecond('chat', 1)];
    (await pacer.take(limits, { maxWaitMs: 0 }))?.release();

    expect(await pacer.take(limits, { maxWaitMs: 500 })).toBeNull();
    expect(clock.now()).toBe(0);
    expect(pacer.delayFor(limits)).toBe(1_000);
  });

  it('holds back a conversation the platform said to wait for, and no other', async () => {
    const clock = new VirtualPacingClock(0);
    const pacer = new SendPacer(clock);
    pacer.pause('chat-a', 3_000);

    const other = await pacer.take([perSecond('chat-b', 7)], { scope: 'chat-b', maxWaitMs: 0 });
    expect(other).not.toBeNull();
    const held = await pacer.take([perSecond('chat-a', 7)], { scope: 'chat-a', maxWaitMs: 10_000 });
    expect(held).not.toBeNull();
    expect(clock.now()).toBe(3_000);
  });

  it('frees a slot a window after a call under way is answered, not before', async () => {
    const clock = new VirtualPacingClock(0);
    const pacer = new SendPacer(clock);
    const limits = [perSecond('chat', 2)];
    const first = await pacer.take(limits, { maxWaitMs: 0 });
    await pacer.take(limits, { maxWaitMs: 0 });

    const third = pacer.take(limits, { maxWaitMs: 60_000 }).then(() => clock.now());
    await clock.sleep(50);
    first?.release();

    expect(await third).toBe(1_050);
  });
});
