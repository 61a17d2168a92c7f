import type { Fact } from '../../cards/card-data.js';
import { scopeOfCase } from '../../domain/case-detail/case-scope.js';
import { needsCaseDetail } from '../../domain/case-detail/permissions.js';
import { maskIdentityData } from '../../domain/case-finding/identity-patterns.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import type { NoticeReply } from '../../domain/notice/notice-reply.js';
import type { Actor } from '../../domain/people/actor.js';
import type { Stores } from '../../store/stores.js';
import { caseScopeRecords } from '../case-scope-records.js';

/** How much of a note a card shows; the whole note stays in the stored reply. */
const NOTE_SHOWN = 300;

/** What one reply said beyond its answer, as one reader may see it. */
export interface ReplyDetails {
  readonly reply: NoticeReply;
  /** Only for a reader who needs to know that case. */
  readonly caseReference?: string;
  /** With anything that looks like a name, date of birth or address hidden, and cut to a card's length. */
  readonly note?: string;
}

/**
 * The case references and notes the day's notice was answered with, as `reader` may see them: a case
 * reference only to those who need to know that case (domain/case-detail), a note masked.
 */
export async function replyDetailsFor(
  stores: Stores,
  reader: Actor,
  day: ChallengeDay,
  replies: readonly NoticeReply[],
): Promise<ReplyDetails[]> {
  const records = caseScopeRecords(stores);
  const sample = await records.sampleOfDay(day._id);
  return Promise.all(
    replies.map(async (reply) => {
      const scope = reply.caseReference
        ? await scopeOfCase(
            records,
            { challengeDayId: day._id, districtId: day.districtId },
            reply.caseReference,
            sample,
          )
        : null;
      const note = reply.note ? shortNote(maskIdentityData(reply.note)) : undefined;
      return {
        reply,
        ...(reply.caseReference && scope && needsCaseDetail(reader, scope)
          ? { caseReference: reply.caseReference }
          : {}),
        ...(note ? { note } : {}),
      };
    }),
  );
}

/**
 * The topics the answers offer a focus group: each case to discuss (to a reader who needs to know it) and
 * each note, without who raised them.
 */
export function replyTopics(details: readonly ReplyDetails[]): Fact[] {
  return details.flatMap((detail) => {
    if (!detail.caseReference && !detail.note) return [];
    return [{ title: detail.caseReference ?? 'Note', value: detail.note ?? 'A case to discuss' }];
  });
}

function shortNote(text: string): string {
  return text.length > NOTE_SHOWN ? `${text.slice(0, NOTE_SHOWN - 1)}…` : text;
}
