import type { Db } from 'mongodb';
import { noticeReplySchema, type NoticeReply } from '../domain/notice/notice-reply.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  {
    name: 'day_person_unique',
    key: { challengeDayId: 1, personId: 1 },
    unique: true,
    serves: 'saveReply, repliesForDay',
  },
];

/** A reply's id is its natural key, so one person has one reply per notice however often they answer. */
export function noticeReplyId(challengeDayId: string, personId: string): string {
  return `${challengeDayId}|${personId}`;
}

/** Answers to 48-hour notices: one per person per day, the latest answer standing. */
export class NoticeReplyRepository {
  readonly collection: ValidatedCollection<NoticeReply>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'notice_replies', noticeReplySchema, indexes);
  }

  /** Stores a person's answer, replacing any earlier answer of theirs to the same notice. */
  saveReply(reply: NoticeReply): Promise<NoticeReply> {
    return this.collection.replaceById({ ...reply, _id: noticeReplyId(reply.challengeDayId, reply.personId) });
  }

  /** A person's answer to a day's notice, if they have given one. */
  replyOf(challengeDayId: string, personId: string): Promise<NoticeReply | null> {
    return this.collection.findById(noticeReplyId(challengeDayId, personId));
  }

  async repliesForDay(challengeDayId: string): Promise<NoticeReply[]> {
    return this.collection.readAll(
      await this.collection[driver].find({ challengeDayId }).sort({ repliedAt: 1 }).toArray(),
    );
  }
}
