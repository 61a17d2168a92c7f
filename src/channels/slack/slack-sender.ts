import { ErrorCode, WebClient, type WebAPICallError } from '@slack/web-api';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import { DeliveryError, type OutgoingCard, type PlatformSender } from '../../outbox/platform-sender.js';

const GONE = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'message_not_found',
  'cant_update_message',
]);

/**
 * Posts and updates messages in Slack conversations with the Web API, the card converted to Block Kit. The
 * client neither retries nor waits out rate limits by itself: the outbox does, with its send ledger.
 */
export class SlackSender implements PlatformSender {
  readonly platform = 'slack' as const;

  constructor(private readonly client: WebClient) {}

  static create(token: string, slackApiUrl?: string): SlackSender {
    return new SlackSender(
      new WebClient(token, {
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        ...(slackApiUrl ? { slackApiUrl } : {}),
      }),
    );
  }

  async post(link: ConversationLink, message: OutgoingCard): Promise<{ messageId: string }> {
    const posted = await send(() =>
      this.client.chat.postMessage({
        channel: link.conversationId,
        text: message.text,
        blocks: cardToMessageBlocks(message.card),
      }),
    );
    if (!posted.ts) throw new DeliveryError('transient', 'Slack accepted the message but returned no ts');
    return { messageId: posted.ts };
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
      return GONE.has(reason)
        ? new DeliveryError('gone', `Slack: ${reason}`)
        : new DeliveryError('transient', `Slack: ${reason}`);
    }
    default:
      return new DeliveryError('transient', error.message);
  }
}
