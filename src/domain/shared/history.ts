import { z } from 'zod/v4';
import { boundedText, entityId } from './fields.js';

/**
 * One step in an entity's life, kept on the entity itself. Because it is written in the same atomic
 * update as the change it records, the entity and its history can never disagree; the audit trail is
 * derived from these entries (see audit/audit-event.ts).
 */
export const historyEntrySchema = z.strictObject({
  commandId: entityId,
  transition: z.string().min(1).max(64),
  actorId: entityId,
  at: z.date(),
  from: z.string().max(64),
  to: z.string().max(64),
  // As long as the longest comment a form takes (a senior manager's comments on a report).
  note: boundedText(4000).optional(),
  /** Whose it was before, on a step that gives an entity to someone else (an action's reassign). */
  previousOwnerId: entityId.optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Fields every entity with a lifecycle has: the optimistic-concurrency version and the history. */
export const versionedFields = {
  version: z.number().int().min(0),
  history: z.array(historyEntrySchema).max(500),
};
