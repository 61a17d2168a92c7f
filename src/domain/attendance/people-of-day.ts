import { auditorIdsOf, type ChallengeDay } from '../challenge-day/challenge-day.js';
import type { NoticeReply } from '../notice/notice-reply.js';
import { REGISTER_LISTED_MAX, type AttendanceRegister } from './register.js';

/**
 * The people a day's register lists: those named on the day (expected attendees, then both audit teams) and
 * anyone else who answered its notice, each once. Anyone else who came is added as unannounced.
 */
export function peopleOfDay(day: ChallengeDay, replies: readonly NoticeReply[]): string[] {
  return [...new Set([...day.expectedAttendeeIds, ...auditorIdsOf(day), ...replies.map((reply) => reply.personId)])];
}

/** The day's people the register lists to tick (the first REGISTER_LISTED_MAX of them). */
export function listedOnRegister(day: ChallengeDay, replies: readonly NoticeReply[]): string[] {
  return peopleOfDay(day, replies).slice(0, REGISTER_LISTED_MAX);
}

/** Attending, or available for a focus group: either way they said they would come. */
export function saidTheyWouldCome(reply: Pick<NoticeReply, 'kind'>): boolean {
  return reply.kind !== 'unavailable';
}

/**
 * Who the register shows as having come when it opens: as last recorded, when it has been; otherwise
 * everyone whose answer to the notice said they would come.
 */
export function prefilledAttendance(
  replies: readonly NoticeReply[],
  register: Pick<AttendanceRegister, 'attendedIds'> | null,
): string[] {
  if (register) return [...register.attendedIds];
  return replies.filter(saidTheyWouldCome).map((reply) => reply.personId);
}
