import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * The id of a card submission: the card it came from, who sent it and what it said. Teams delivering the
 * same invoke again, or a person pressing the same button on the same card with the same entry, gives the
 * same id, so it is applied once; a different entry is a different command.
 */
export function teamsCommandId(activity: Activity, verb: string, payload: unknown): string {
  const parts = [
    activity.conversation?.id ?? '',
    activity.replyToId ?? activity.id ?? '',
    verb,
    activity.from?.aadObjectId ?? activity.from?.id ?? '',
    JSON.stringify(payload ?? null),
  ];
  return `teams-${createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 40)}`;
}
