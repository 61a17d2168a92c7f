import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Db, Filter } from 'mongodb';
import { conversationLinkSchema, type ConversationLink, type Platform } from '../domain/links/conversation-link.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  {
    name: 'platform_conversation_unique',
    key: { platform: 1, conversationId: 1 },
    unique: true,
    serves: 'remember (one link per conversation; findByConversation reads by the derived _id)',
  },
  { name: 'district_status', key: { districtId: 1, status: 1 }, serves: 'channelsForDistrict, anyForDistrict' },
  { name: 'person_platform', key: { personId: 1, platform: 1 }, serves: 'personalChatsOf, personalChatsOfEach' },
  { name: 'purpose_status', key: { purpose: 1, status: 1 }, serves: 'managersChannels (the county’s)' },
  {
    name: 'district_managers_status',
    key: { managersOfDistrictId: 1, status: 1 },
    sparse: true,
    serves: 'managersChannels (a district’s)',
  },
  { name: 'status_updated', key: { status: 1, updatedAt: -1 }, serves: 'brokenLinks' },
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
    return this.collection.replaceById(asStored(link));
  }

  /**
   * Remembers a conversation seen on a turn, given its link as the turn read it. When nothing but the time
   * would change (its address, kind, person, district and status are as stored), nothing is written: the
   * conversation is seen on every turn, and an unchanged link then costs the one read by `_id`.
   */
  async rememberSeen(link: ConversationLink, stored: ConversationLink | null): Promise<ConversationLink> {
    if (stored && sameApartFromTime(asStored(link), stored)) return stored;
    return this.remember(link);
  }

  /** A link by its id, as an outbox entry names the conversation it goes to. */
  findById(id: string): Promise<ConversationLink | null> {
    return this.collection.findById(id);
  }

  /** The links with these ids that exist, by id: the links of a batch of claimed messages, in one query. */
  async findByIds(ids: Iterable<string>): Promise<Map<string, ConversationLink>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const found = this.collection.readAll(await this.collection[driver].find({ _id: { $in: unique } }).toArray());
    return new Map(found.map((link) => [link._id, link]));
  }

  /**
   * By the id derived from the conversation (every link is stored under it), so this is a lookup by _id
   * on any server: the embedded FerretDB uses no other index for a query, and this runs on every Teams turn.
   */
  async findByConversation(platform: Platform, conversationId: string): Promise<ConversationLink | null> {
    return this.collection.findById(conversationLinkId(platform, conversationId));
  }

  /** The working channels linked to a district: where its notices and digests go. */
  async channelsForDistrict(districtId: string): Promise<ConversationLink[]> {
    const found = await this.collection[driver].find({ districtId, status: 'active', kind: 'channel' }).toArray();
    return this.collection.readAll(found);
  }

  /** Whether a conversation was ever linked to the district (or its managers), working or not: its history. */
  async anyForDistrict(districtId: string): Promise<boolean> {
    const linked = await this.collection[driver].findOne({ districtId }, { projection: { _id: 1 } });
    if (linked) return true;
    return (
      (await this.collection[driver].findOne({ managersOfDistrictId: districtId }, { projection: { _id: 1 } })) !== null
    );
  }

  /**
   * The working channels (or group chats) chosen as the managers': the county's, where the monthly summary
   * goes, and with a district also the channels of that district's managers.
   */
  async managersChannels(districtId?: string): Promise<ConversationLink[]> {
    const county = await this.collection[driver].find({ purpose: 'managers', status: 'active' }).toArray();
    const district = districtId
      ? await this.collection[driver].find({ managersOfDistrictId: districtId, status: 'active' }).toArray()
      : [];
    const unique = new Map([...county, ...district].map((link) => [String(link._id), link]));
    return this.collection.readAll([...unique.values()]);
  }

  /** The bot was removed or the conversation is gone: nothing is sent there until the bot is added back. */
  async markBroken(linkId: string, reason: string, at: Date): Promise<void> {
    await this.collection[driver].updateOne(
      { _id: linkId },
      { $set: { status: 'broken', brokenReason: reason.slice(0, 500), updatedAt: at } },
    );
  }

  /** Broken links, most recently broken first: for the QA manager, who can have the bot added back. */
  async brokenLinks(limit: number): Promise<ConversationLink[]> {
    const found = await this.collection[driver]
      .find({ status: 'broken' })
      .sort({ updatedAt: -1 })
      .limit(limit)
      .toArray();
    return this.collection.readAll(found);
  }

  /**
   * A conversation the bot is in on the platform, to open a personal chat through (Teams needs a service
   * address and tenant): a channel of one of the person's districts first, then any channel or group chat,
   * then any conversation at all. Null when the bot is in none.
   */
  async sharedConversation(platform: Platform, districtIds: readonly string[]): Promise<ConversationLink | null> {
    const active = { platform, status: 'active' as const };
    const candidates: Filter<ConversationLink>[] = [
      ...(districtIds.length > 0
        ? [{ ...active, kind: 'channel' as const, districtId: { $in: [...districtIds] } }]
        : []),
      { ...active, kind: { $in: ['channel' as const, 'group' as const] } },
      active,
    ];
    for (const filter of candidates) {
      const found = this.collection.read(await this.collection[driver].findOne(filter));
      if (found) return found;
    }
    return null;
  }

  /** The working personal chats on one platform of each of these people, in one query. */
  async personalChatsOfEach(personIds: readonly string[], platform: Platform): Promise<ConversationLink[]> {
    if (personIds.length === 0) return [];
    const found = await this.collection[driver]
      .find({ personId: { $in: [...personIds] }, platform, kind: 'personal', status: 'active' })
      .toArray();
    return this.collection.readAll(found);
  }

  async personalChatsOf(personId: string): Promise<ConversationLink[]> {
    const found = await this.collection[driver].find({ personId, kind: 'personal', status: 'active' }).toArray();
    return this.collection.readAll(found);
  }
}

/** The link as it is stored: under the id derived from its conversation, and without why it once broke if it works. */
function asStored(link: ConversationLink): ConversationLink {
  const { brokenReason: _mended, ...working } = link;
  const stored = link.status === 'broken' ? link : working;
  return { ...stored, _id: conversationLinkId(link.platform, link.conversationId) };
}

/** Compared as stored documents: a field left undefined is not stored, and the order of fields does not matter. */
function sameApartFromTime(link: ConversationLink, stored: ConversationLink): boolean {
  const { updatedAt: _seenAt, ...seen } = link;
  const { updatedAt: _storedAt, ...kept } = stored;
  return isDeepStrictEqual(JSON.parse(JSON.stringify(seen)), JSON.parse(JSON.stringify(kept)));
}
