import type { Delivery } from '../../domain/notifications/notification.js';
import type { QueuedDeliveries } from '../../outbox/queue-deliveries.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/** How a receipt words who was sent something: "Alerted", "Sent to verify", "Sent their case cards". */
export interface ReachWording {
  /** Before the names of the people reached: "Alerted"; null to name only those not reached. */
  readonly reached: string | null;
  /** What the sender should do about someone not reached: "tell them directly". */
  readonly otherwise: string;
  /** Before the names of the people not reached; "Could not reach" unless said. */
  readonly missed?: string;
}

/**
 * What the sender of messages is told at once about who they reach: the people sent to, the people the
 * bot has no way to reach (named, with what to do), and a district with no channel for a district message.
 * "Alerted: Priya Patel. Could not reach: Dan Reeves — the bot knows no Teams or Slack account of theirs;
 * tell them directly." Empty when there was nobody to send to.
 */
export async function reachNote(
  stores: Pick<Stores, 'people' | 'districts'>,
  deliveries: readonly Delivery[],
  queued: Pick<QueuedDeliveries, 'unreachable'>,
  wording: ReachWording,
): Promise<string> {
  const missed = new Set(queued.unreachable.map(destinationOf));
  const personIds = unique(deliveries.flatMap(personOf));
  const names = await peopleNames(stores, personIds);
  const nameOf = (id: string) => names.get(id) ?? id;
  const reached = personIds.filter((id) => !missed.has(`person:${id}`)).map(nameOf);
  const notReached = personIds.filter((id) => missed.has(`person:${id}`)).map(nameOf);
  const districtIds = unique(
    queued.unreachable.flatMap((delivery) =>
      delivery.destination.kind === 'district_channels' ? [delivery.destination.districtId] : [],
    ),
  );
  const districts = await Promise.all(districtIds.map((id) => stores.districts.findById(id)));
  return [
    ...(reached.length > 0 && wording.reached !== null ? [`${wording.reached}: ${reached.join(', ')}.`] : []),
    ...(notReached.length > 0
      ? [
          `${wording.missed ?? 'Could not reach'}: ${notReached.join(', ')} — the bot knows no Teams or Slack account of ` +
            `${notReached.length === 1 ? 'theirs' : 'these people'}; ${wording.otherwise}.`,
        ]
      : []),
    ...districts.map(
      (district, index) =>
        `No channel is linked to ${district?.name ?? districtIds[index]} for this: link one ` +
        `with “link this channel to ${district?.name ?? 'the district'}”.`,
    ),
  ].join(' ');
}

function personOf(delivery: Delivery): string[] {
  return delivery.destination.kind === 'person' ? [delivery.destination.personId] : [];
}

function destinationOf(delivery: Delivery): string {
  const { destination } = delivery;
  switch (destination.kind) {
    case 'person':
      return `person:${destination.personId}`;
    case 'district_channels':
      return `district:${destination.districtId}`;
    case 'managers_channels':
      return 'managers';
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
