import { ErrorCode, WebClient, type WebAPICallError } from '@slack/web-api';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import {
  DeliveryError,
  deliveryErrorForStatus,
  type ChatToOpen,
  type OpenedChat,
  type OutgoingCard,
  type PlatformCall,
  type PlatformSender,
} from '../../outbox/platform-sender.js';
import type { SendLimit } from '../../outbox/send-pacer.js';

/** The conversation or the bot's place in it is gone: never retried, the link is marked broken. */
const GONE = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'message_not_found',
  'cant_update_message',
  // conversations.open: there is nobody (any more) to open a chat with.
  'user_not_found',
  'user_not_visible',
  'user_disabled',
  'cannot_dm_bot',
]);
/** Slack's own words for these: "it's possible some aspect of the operation succeeded before the error". */
const MAYBE_DONE = new Set(['internal_error', 'fatal_error']);
/** The message itself is refused: sending it again would fail the same way. */
const REFUSED_AS_IS = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'metadata_too_large',
  'invalid_arguments',
  // The app lacks a permission it needs here (see the scopes in manifest/slack-app.yaml).
  'missing_scope',
]);

/** The metadata event our posts carry, so a post can be recognised in the channel's history. */
const DELIVERY_EVENT_TYPE = 'challenge_day_delivery';
/** Slack's published pace for posting: about one message a second in a channel. */
const POSTS_PER_CHANNEL_PER_SECOND = 1;
/** conversations.open is in Slack's Tier 3: 50 calls a minute per workspace. */
const OPENS_PER_MINUTE = 50;
const CALL_TIMEOUT_MS = 15_000;
const HISTORY_PAGE_SIZE = 200;
const HISTORY_PAGES_AT_MOST = 10;

/**
 * Posts and updates messages in Slack conversations with the Web API, the card converted to Block Kit. The
 * client neither retries nor waits out rate limits by itself: the outbox does, with its send ledger.
 *
 * Every post carries its delivery id as message metadata, so after a post whose outcome is unknown the
 * outbox can ask conversations.history whether it landed before posting again.
 */
export class SlackSender implements PlatformSender {
  readonly platform = 'slack' as const;

  constructor(private readonly client: WebClient) {}

  static create(token: string, slackApiUrl?: string): SlackSender {
    return new SlackSender(
      new WebClient(token, {
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: CALL_TIMEOUT_MS,
        ...(slackApiUrl ? { slackApiUrl } : {}),
      }),
    );
  }

  async post(link: ConversationLink, message: OutgoingCard, deliveryId?: string): Promise<{ messageId: string }> {
    const posted = await send(() =>
      this.client.chat.postMessage({
        channel: link.conversationId,
        text: message.text,
        blocks: cardToMessageBlocks(message.card),
        ...(deliveryId
          ? { metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { delivery_id: deliveryId } } }
          : {}),
      }),
    );
    // Posted all the same; without a ts it cannot be updated later, but it must not be posted again.
    return { messageId: posted.ts ?? '' };
  }

  async update(link: ConversationLink, messageId: string, message: OutgoingCard): Promise<void> {
    await send(() =>
      this.client.chat.update({
        channel: link.conversationId,
        ts: messageId,
        text: message.text,
        blocks: cardToMessageBlocks(message.card),
      }),
    );
  }

  /**
   * Opens the direct message with a person by their user id (conversations.open, scope im:write). Slack
   * gives back the same direct message for the same person, so asking again opens nothing new.
   */
  async openPersonalChat(chat: ChatToOpen): Promise<OpenedChat> {
    const opened = await send(() => this.client.conversations.open({ users: chat.platformUserId }));
    const channel = opened.channel?.id;
    if (!channel) throw new DeliveryError('transient', 'Slack opened no direct message');
    return { conversationId: channel, address: { channel } };
  }

  limitsForOpening(): readonly SendLimit[] {
    return [{ key: 'slack:conversations.open', calls: OPENS_PER_MINUTE, windowMs: 60_000 }];
  }

  limitsFor(link: ConversationLink, call: PlatformCall): readonly SendLimit[] {
    // Updates and history reads are in Slack's per-workspace tiers, far above what the outbox asks of them.
    if (call !== 'post') return [];
    return [{ key: `slack:channel:${link.conversationId}`, calls: POSTS_PER_CHANNEL_PER_SECOND, windowMs: 1_000 }];
  }

  /** Reads the channel's history since `since`, newest first, for our post carrying this delivery id. */
  async findEarlierPost(link: ConversationLink, deliveryId: string, since: Date): Promise<string | null> {
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES_AT_MOST; page += 1) {
      const history = await send(() =>
        this.client.conversations.history({
          channel: link.conversationId,
          oldest: (since.getTime() / 1000).toFixed(6),
          include_all_metadata: true,
          limit: HISTORY_PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
        }),
      );
      const ours = history.messages?.find((message) => {
        const payload = message.metadata?.event_payload as Record<string, unknown> | undefined;
        return message.metadata?.event_type === DELIVERY_EVENT_TYPE && payload?.delivery_id === deliveryId;
      });
      if (ours?.ts) return ours.ts;
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!history.has_more || !cursor) return null;
    }
    throw new DeliveryError('transient', `could not read back far enough in ${link.conversationId} to be sure`);
  }
}

async function send<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asDeliveryError(error as WebAPICallError);
  }
}

function asDeliveryError(error: WebAPICallError): DeliveryError {
  switch (error.code) {
    case ErrorCode.RateLimitedError:
      return new DeliveryError(
        'rate_limited',
        'Slack rate limit',
        ('retryAfter' in error ? Number(error.retryAfter) : 1) * 1000,
      );
    case ErrorCode.PlatformError: {
      const reason = 'data' in error ? String((error.data as { error?: string }).error ?? '') : '';
      if (GONE.has(reason)) return new DeliveryError('gone', `Slack: ${reason}`);
      if (MAYBE_DONE.has(reason)) return new DeliveryError('unconfirmed', `Slack: ${reason}`);
      if (REFUSED_AS_IS.has(reason)) return new DeliveryError('rejected', `Slack: ${reason}`);
      return new DeliveryError('transient', `Slack: ${reason}`);
    }
    case ErrorCode.HTTPError:
      // Slack answers every outcome with 200 and ok/error, save 429; any other status is its gateway's.
      return error.statusCode >= 500
        ? deliveryErrorForStatus(error.statusCode, undefined, `Slack: ${error.statusMessage}`)
        : new DeliveryError('transient', `Slack answered ${error.statusCode} ${error.statusMessage}`);
    default:
      // Whether it went out cannot be told from the error; reading the channel back settles it cheaply.
      return new DeliveryError('unconfirmed', `no answer from Slack: ${error.message}`);
  }
}
