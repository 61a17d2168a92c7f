import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import { conversationLinkSchema, type ConversationLink, type Platform } from '../domain/links/conversation-link.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

const indexes: DeclaredIndex[] = [
  {
    name: 'platform_conversation_unique',
    key: { platform: 1, conversationId: 1 },
    unique: true,
    serves: 'findByConversation, remember',
  },
  { name: 'district_status', key: { districtId: 1, status: 1 }, serves: 'channelsForDistrict' },
  { name: 'person_platform', key: { personId: 1, platform: 1 }, serves: 'personalChatsOf' },
];

/** A link's id is derived from its conversation, so a conversation is remembered once however often it is seen. */
export function conversationLinkId(platform: Platform, conversationId: string): string {
  return `link-${platform}-${createHash('sha256').update(conversationId).digest('hex').slice(0, 32)}`;
}

/** The conversations the bot was added to, and which district each channel speaks for. */
export class ConversationLinkRepository {
  readonly collection: ValidatedCollection<ConversationLink>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'conversation_links', conversationLinkSchema, indexes);
  }

  /** Stores (or refreshes) a conversation as given, including its district link or the lack of one. */
  remember(link: ConversationLink): Promise<ConversationLink> {
    return this.collection.replaceById({ ...link, _id: conversationLinkId(link.platform, link.conversationId) });
  }

  async findByConversation(platform: Platform, conversationId: string): Promise<ConversationLink | null> {
    return this.collection.read(await this.collection.raw.findOne({ platform, conversationId }));
  }

  /** The working channels linked to a district: where its notices and digests go. */
  async channelsForDistrict(districtId: string): Promise<ConversationLink[]> {
    const found = await this.collection.raw.find({ districtId, status: 'active', kind: 'channel' }).toArray();
    return this.collection.readAll(found);
  }

  async personalChatsOf(personId: string): Promise<ConversationLink[]> {
    const found = await this.collection.raw.find({ personId, kind: 'personal', status: 'active' }).toArray();
    return this.collection.readAll(found);
  }
}
