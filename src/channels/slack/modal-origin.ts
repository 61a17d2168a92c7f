import type { BlockAction, ButtonAction } from '@slack/bolt';

/** Where the message a modal was opened from lives, so its submission can update that message. */
export interface ModalOrigin {
  readonly channel: string;
  readonly ts: string;
}

/** The message a button was pressed on, where its answer goes; none for a button in App Home. */
export function originOf(body: BlockAction<ButtonAction>): ModalOrigin | undefined {
  const channel = body.channel?.id;
  return body.message?.ts && channel ? { channel, ts: body.message.ts } : undefined;
}

/**
 * The modal's private metadata with its origin added — a message, or App Home — read back by readOrigin and
 * openedFromHome when the modal is submitted.
 */
export function withOrigin(privateMetadata: string, origin: ModalOrigin | 'home' | undefined): string {
  const metadata = JSON.parse(privateMetadata) as Record<string, unknown>;
  if (origin === 'home') return JSON.stringify({ ...metadata, fromHome: true });
  return JSON.stringify({ ...metadata, ...(origin ? { origin } : {}) });
}

/** Whether the modal was opened by a button in App Home, so its answer is shown there. */
export function openedFromHome(privateMetadata: string): boolean {
  return (JSON.parse(privateMetadata) as { fromHome?: unknown }).fromHome === true;
}

export function readOrigin(privateMetadata: string): ModalOrigin | undefined {
  const parsed = JSON.parse(privateMetadata) as { origin?: { channel?: unknown; ts?: unknown } };
  const { channel, ts } = parsed.origin ?? {};
  return typeof channel === 'string' && typeof ts === 'string' ? { channel, ts } : undefined;
}
