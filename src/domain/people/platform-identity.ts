import type { Platform } from '../links/conversation-link.js';

/**
 * Who a chat platform says someone is: which platform, and that platform's own id for them (Teams' AAD
 * object id, Slack's user id). Data only: which platform it is never changes what the domain does.
 */
export interface PlatformIdentity {
  readonly platform: Platform;
  readonly platformUserId: string;
}
