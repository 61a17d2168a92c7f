import { createHash, randomUUID } from 'node:crypto';

/** A new opaque id, prefixed with what it names so ids read well in logs and the audit trail. */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/**
 * The id of the record a command creates, derived from the command's id: a retried or duplicated command
 * creates the same id again, which the store recognises, so it is stored once.
 */
export function idForCommand(prefix: string, commandId: string): string {
  return `${prefix}-${createHash('sha256').update(commandId).digest('hex').slice(0, 32)}`;
}
