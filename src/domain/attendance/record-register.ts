import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { DAY_NOT_FOUND } from '../challenge-day/day-refusal.js';
import type { NoticeReply } from '../notice/notice-reply.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { HistoryEntry } from '../shared/history.js';
import { alreadyApplied, type SaveTransitionResult } from '../shared/records.js';
import { listedOnRegister, peopleOfDay } from './people-of-day.js';
import { mayKeepRegister, registerOpen } from './permissions.js';
import type { AttendanceRegister } from './register.js';

/** The records recording a register reads and writes. */
export interface RegisterRecords {
  findChallengeDay(id: string): Promise<ChallengeDay | null>;
  repliesForDay(challengeDayId: string): Promise<NoticeReply[]>;
  findRegister(challengeDayId: string): Promise<AttendanceRegister | null>;
  /** Stores the day's first register; null when another was stored first (then it is replaced instead). */
  createRegister(register: AttendanceRegister): Promise<AttendanceRegister | null>;
  saveRegister(
    before: AttendanceRegister,
    after: AttendanceRegister,
  ): Promise<SaveTransitionResult<AttendanceRegister>>;
}

/** What the register form says: whom of the day's people it ticked, and who else came (already checked to be current people). */
export interface RegisterEntry {
  readonly attendedIds: readonly string[];
  readonly unannouncedIds: readonly string[];
}

export interface RecordedRegister {
  readonly day: ChallengeDay;
  readonly register: AttendanceRegister;
  /** True when it replaced a register recorded earlier. */
  readonly replaced: boolean;
}

const RECORDED = 'recorded';
/** A register keeps a history entry per save, as every versioned record does, up to its history's limit. */
export const MAX_REGISTER_SAVES = 500;

/**
 * Records who came to a Challenge Day. Only the people the register listed may be ticked (a ticked id the
 * day does not name is tampering, refused with nothing stored); everyone listed and not ticked did not
 * come. The day has one register: a later submission replaces it as its next version, and the same
 * submission delivered again changes nothing.
 */
export async function recordRegister(
  records: RegisterRecords,
  challengeDayId: string,
  entry: RegisterEntry,
  command: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<RecordedRegister>> {
  const { actor, commandId, now } = command;
  const day = await records.findChallengeDay(challengeDayId);
  if (!day) return refuse('not_found', DAY_NOT_FOUND);
  const allowed = mayKeepRegister(actor, day);
  if (!allowed.ok) return allowed;
  const open = registerOpen(day, now);
  if (!open.ok) return open;

  const replies = await records.repliesForDay(day._id);
  const ofDay = peopleOfDay(day, replies);
  const listed = listedOnRegister(day, replies);
  if (entry.attendedIds.some((id) => !listed.includes(id))) {
    return refuse(
      'invalid_input',
      'Tick only the people the register lists; add anyone else who came under “Also came”.',
      { attended: 'Tick only the people listed here.' },
    );
  }
  const attendedIds = [...new Set([...entry.attendedIds, ...entry.unannouncedIds])];
  const fields = {
    challengeDayId: day._id,
    districtId: day.districtId,
    attendedIds,
    absentIds: listed.filter((id) => !attendedIds.includes(id)),
    unannouncedIds: attendedIds.filter((id) => !ofDay.includes(id)),
    recordedById: actor.id,
    recordedAt: now,
  };
  const step = (transition: string, from: string): HistoryEntry => ({
    commandId,
    transition,
    actorId: actor.id,
    at: now,
    from,
    to: RECORDED,
    note: `${fields.attendedIds.length} came (${fields.unannouncedIds.length} unannounced), ${fields.absentIds.length} did not`,
  });

  let existing = await records.findRegister(day._id);
  if (!existing) {
    const created = await records.createRegister({
      _id: day._id,
      ...fields,
      version: 1,
      history: [step('record', 'none')],
    });
    if (created) return succeed({ day, register: created, replaced: false });
    // Someone else saved the day's first register at the same moment: this one replaces it.
    existing = await records.findRegister(day._id);
    if (!existing) return refuse('not_found', DAY_NOT_FOUND);
  }
  if (alreadyApplied(existing, commandId)) return succeed({ day, register: existing, replaced: existing.version > 1 });
  if (existing.history.length >= MAX_REGISTER_SAVES) {
    return refuse(
      'invalid_transition',
      `This day’s register has been saved ${MAX_REGISTER_SAVES} times, the most one register keeps; the last one saved stands.`,
    );
  }
  const saved = await records.saveRegister(existing, {
    ...existing,
    ...fields,
    history: [...existing.history, step('replace', RECORDED)],
  });
  switch (saved.kind) {
    case 'saved':
    case 'replayed':
      return succeed({ day, register: saved.entity, replaced: true });
    case 'conflict':
      return refuse(
        'conflict',
        'Someone else recorded this day’s register at the same moment. Open it again to see theirs, then change it.',
      );
    case 'missing':
      return refuse('not_found', DAY_NOT_FOUND);
  }
}
