import type { Platform } from '../links/conversation-link.js';
import type { Person } from './person.js';

/**
 * Who a chat platform says someone is: which platform, and that platform's own id for them (Teams' AAD
 * object id, Slack's user id). Data only: which platform it is never changes what the domain does.
 */
export interface PlatformIdentity {
  readonly platform: Platform;
  readonly platformUserId: string;
}

/**
 * Which field of a person's identities holds each platform's id for them: the one place the domain maps a
 * platform to its part of the record, so the rules about identities stay the same for every platform.
 */
export const IDENTITY_FIELDS: Readonly<Record<Platform, keyof Person['identities']>> = {
  teams: 'teamsAadObjectId',
  slack: 'slackUserId',
};
