import type { Notification } from '../domain/notifications/notification.js';
import type { OutgoingCard } from './platform-sender.js';

/** Renders a notification with the facts as they are now; null when there is nothing to say any more. */
export type NotificationRenderer = (notification: Notification) => Promise<OutgoingCard | null>;
