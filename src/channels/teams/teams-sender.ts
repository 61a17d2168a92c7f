import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { AuthenticationConstants, ConnectorClient, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import {
  DeliveryError,
  deliveryErrorForStatus,
  type OutgoingCard,
  type PlatformSender,
} from '../../outbox/platform-sender.js';
import { conversationReferenceOf } from './teams-conversation.js';

/**
 * Posts and updates cards in Teams conversations through the Bot Connector, using the conversation
 * reference stored when the bot was installed there. Platform errors become DeliveryErrors, so the outbox
 * knows whether to wait (429), retry (5xx) or give up (404, 403).
 *
 * The sender makes its own connector client without the client's built-in retries: a retried POST after
 * a 502 that Teams had in fact accepted would post twice, and waiting out a 429 inside one call would hold
 * up every other message. The outbox retries instead, with its send ledger.
 */
export class TeamsSender implements PlatformSender {
  readonly platform = 'teams' as const;

  constructor(
    private readonly credentialsFactory: ServiceClientCredentialsFactory,
    private readonly appId: string,
  ) {}

  async post(link: ConversationLink, message: OutgoingCard): Promise<{ messageId: string }> {
    const { client, conversationId, reference } = await this.connect(link);
    const sent = await send(() =>
      client.conversations.sendToConversation(conversationId, { ...cardActivity(message), from: reference.bot }),
    );
    if (!sent.id) throw new DeliveryError('transient', 'Teams accepted the message but returned no id');
    return { messageId: sent.id };
  }

  async update(link: ConversationLink, messageId: string, message: OutgoingCard): Promise<void> {
    const { client, conversationId, reference } = await this.connect(link);
    await send(() =>
      client.conversations.updateActivity(conversationId, messageId, {
        ...cardActivity(message),
        id: messageId,
        from: reference.bot,
      }),
    );
  }

  private async connect(link: ConversationLink) {
    const reference = conversationReferenceOf(link);
    const conversationId = reference.conversation?.id;
    if (!reference.serviceUrl || !conversationId) {
      throw new DeliveryError('gone', 'the stored Teams conversation has no service address');
    }
    const credentials = await this.credentialsFactory.createCredentials(
      this.appId,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      AuthenticationConstants.ToChannelFromBotLoginUrl,
      true,
    );
    const client = new ConnectorClient(credentials, { baseUri: reference.serviceUrl });
    withoutBuiltInRetries(client);
    return { client, conversationId, reference };
  }
}

function cardActivity(message: OutgoingCard): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
  activity.summary = message.text;
  return activity;
}

async function send<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asDeliveryError(error);
  }
}

/** The connector's HTTP pipeline retries by itself; see the class comment for why that must go. */
function withoutBuiltInRetries(client: ConnectorClient): void {
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(policy: { name: string }): void } } })
    .client?.pipeline;
  pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : NaN;
  const detail = error instanceof Error ? error.message : String(error);
  if (Number.isNaN(status)) return new DeliveryError('transient', detail);
  const headers = (error as { response?: { headers?: { get?(name: string): string | undefined } } }).response?.headers;
  const retryAfter = Number(headers?.get?.('retry-after'));
  return deliveryErrorForStatus(status, Number.isFinite(retryAfter) ? retryAfter : undefined, detail);
}
