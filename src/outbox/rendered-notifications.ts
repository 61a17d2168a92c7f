import { performance } from 'node:perf_hooks';
import type { Notification } from '../domain/notifications/notification.js';
import type { NotificationRenderer } from './notification-renderer.js';
import type { OutgoingCard } from './platform-sender.js';

/**
 * How long one render of a notification is reused for its other conversations. A copy already waits up to
 * 15 s for its conversation's slot after it is rendered (deliver-claimed.ts), so facts a few seconds old are
 * what a copy could always show; a refresh of the notification forgets the render at once (see forget).
 */
const REUSED_FOR_MS = 5_000;

interface Render {
  readonly startedAt: number;
  readonly card: Promise<OutgoingCard | null>;
}

/**
 * The renders of one delivery pass, so a notification going to many conversations (a digest to a district's
 * Teams and Slack channels, a notice to hundreds of channels) is rendered once, not once per conversation:
 * each render reads the facts afresh. A render under way is shared by every copy that asks meanwhile.
 * The card is the same for every platform (Slack's sender converts it), so the notification alone is the key.
 */
export class RenderedNotifications {
  private readonly renders = new Map<string, Render>();

  constructor(
    private readonly renderNow: NotificationRenderer,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The notification rendered, reusing a render started less than a few seconds ago. */
  render(notification: Notification): Promise<OutgoingCard | null> {
    const key = keyOf(notification);
    const earlier = this.renders.get(key);
    if (earlier && this.clock() - earlier.startedAt < REUSED_FOR_MS) return earlier.card;
    return this.start(key, notification);
  }

  /** After a change to what the notification shows: the copies sent from now on are rendered afresh. */
  forget(notification: Notification): void {
    this.renders.delete(keyOf(notification));
  }

  private start(key: string, notification: Notification): Promise<OutgoingCard | null> {
    this.forgetOld();
    const render: Render = { startedAt: this.clock(), card: this.renderNow(notification) };
    this.renders.set(key, render);
    // A render that failed is not reused: the next copy tries again.
    render.card.catch(() => {
      if (this.renders.get(key) === render) this.renders.delete(key);
    });
    return render.card;
  }

  private forgetOld(): void {
    const now = this.clock();
    for (const [key, render] of this.renders) if (now - render.startedAt >= REUSED_FOR_MS) this.renders.delete(key);
  }
}

/** The same notification gives the same key, whatever order its fields were stored in. */
function keyOf(notification: Notification): string {
  return JSON.stringify(Object.entries(notification).sort(([a], [b]) => a.localeCompare(b)));
}
