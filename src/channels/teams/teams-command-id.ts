import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * The id of a card submission: the card it came from, who sent it and what it said. Teams delivering the
 * same invoke again, or a person pressing the same button on the same card with the same entry, gives the
 * same id, so it is applied once; a different entry is a different command. A `verb` inside the data (an
 * Action.Submit fallback, the "Try again" button of an error card) is not part of what was said: the
 * submission is read without it, so it is left out here too, and with the fields in a fixed order a retry
 * is the very command it retries, however the client ordered them.
 */
export function teamsCommandId(activity: Activity, verb: string, payload: unknown): string {
  const parts = [
    activity.conversation?.id ?? '',
    activity.replyToId ?? activity.id ?? '',
    verb,
    activity.from?.aadObjectId ?? activity.from?.id ?? '',
    JSON.stringify(whatWasSaid(payload) ?? null),
  ];
  return `teams-${createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 40)}`;
}

function whatWasSaid(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  return Object.fromEntries(
    Object.entries(payload)
      .filter(([key]) => key !== 'verb')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
