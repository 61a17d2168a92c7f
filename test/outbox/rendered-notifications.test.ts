import { describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notifications/notification.js';
import type { OutgoingCard } from '../../src/outbox/platform-sender.js';
import { RenderedNotifications } from '../../src/outbox/rendered-notifications.js';

const digest: Notification = { kind: 'weekly_digest', districtId: 'erewash', week: '2026-W49' };
const otherDigest: Notification = { kind: 'weekly_digest', districtId: 'bolsover', week: '2026-W49' };

/**
 * A renderer whose every render says which it was, over a clock the test moves: what is checked is which
 * render each copy gets, never how long anything took.
 */
function scene(options: { failFirst?: boolean } = {}) {
  const clock = { ms: 0 };
  const asked: Notification[] = [];
  const render = async (notification: Notification): Promise<OutgoingCard | null> => {
    asked.push(notification);
    await Promise.resolve();
    if (options.failFirst && asked.length === 1) throw new Error('the database did not answer');
    return { card: { render: asked.length }, text: `render ${asked.length}` };
  };
  return { clock, asked, renders: new RenderedNotifications(render, () => clock.ms) };
}

describe('the renders of one delivery run', () => {
  it('give the copies that ask at the same time one render between them', async () => {
    const { asked, renders } = scene();

    const copies = await Promise.all([renders.render(digest), renders.render(digest), renders.render(digest)]);

    expect(asked).toHaveLength(1);
    expect(copies.map((copy) => copy?.text)).toEqual(['render 1', 'render 1', 'render 1']);
  });

  it('give a copy asking a few seconds later the same render, and one asking later still a fresh one', async () => {
    const { clock, renders } = scene();
    await renders.render(digest);

    clock.ms = 4_000;
    expect((await renders.render(digest))?.text).toBe('render 1');
    clock.ms = 5_000;
    expect((await renders.render(digest))?.text).toBe('render 2');
  });

  it('after a change is refreshed, give the next copy a fresh render', async () => {
    const { renders } = scene();
    await renders.render(digest);

    renders.forget(digest);

    expect((await renders.render(digest))?.text).toBe('render 2');
  });

  it('render each notification on its own, and see the same notification whatever the order of its fields', async () => {
    const { asked, renders } = scene();

    await renders.render(digest);
    await renders.render(otherDigest);
    await renders.render({ week: '2026-W49', districtId: 'erewash', kind: 'weekly_digest' });

    expect(asked).toEqual([digest, otherDigest]);
  });

  it('do not keep a render that failed: the next copy is rendered again', async () => {
    const { renders } = scene({ failFirst: true });

    await expect(renders.render(digest)).rejects.toThrow('the database did not answer');

    expect((await renders.render(digest))?.text).toBe('render 2');
  });
});
