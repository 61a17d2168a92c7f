import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';

export const PLATFORMS = ['teams', 'slack'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Where the bot can post: a Teams or Slack conversation it was added to, with what the platform needs to
 * post there later. A channel linked to a district receives that district's notices and digests.
 */
export const conversationLinkSchema = z.strictObject({
  _id: entityId,
  platform: z.enum(PLATFORMS),
  conversationId: z.string().min(1).max(400),
  kind: z.enum(['channel', 'group', 'personal']),
  districtId: entityId.optional(),
  /** Whether a linked channel speaks for the social care district or for its MAT locality. */
  audience: z.enum(['district', 'mat']).optional(),
  personId: entityId.optional(),
  /** A channel the managers read: it receives the monthly performance summary of every district. */
  purpose: z.enum(['managers']).optional(),
  /**
   * The district whose managers read this channel: it is told, without case detail, when a safeguarding
   * alert from that district could not reach someone it was for.
   */
  managersOfDistrictId: entityId.optional(),
  /** The platform's own address of the conversation (a Teams conversation reference, a Slack channel). */
  address: z.record(z.string().max(64), z.unknown()),
  status: z.enum(['active', 'broken']),
  /** Why the link broke (the bot was removed, the channel was archived): shown to the QA manager. */
  brokenReason: z.string().max(500).optional(),
  updatedAt: z.date(),
});
export type ConversationLink = z.infer<typeof conversationLinkSchema>;
