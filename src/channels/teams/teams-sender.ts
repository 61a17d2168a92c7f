import { CardFactory, MessageFactory, type Activity, type ConversationParameters } from 'botbuilder';
import { AuthenticationConstants, ConnectorClient, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import {
  DeliveryError,
  deliveryErrorForStatus,
  mayHaveBeenSent,
  type ChatToOpen,
  type OpenedChat,
  type OutgoingCard,
  type PlatformSender,
} from '../../outbox/platform-sender.js';
import { retryAfterMs } from '../../outbox/retry-after.js';
import type { SendLimit } from '../../outbox/send-pacer.js';
import type { GraphAppInstaller } from './graph-app-installer.js';
import { conversationReferenceOf } from './teams-conversation.js';
import { withTeamsRefresh, type TeamsUserIdsOf } from './teams-viewer-refresh.js';

/**
 * Microsoft's published limits for a bot: 7 operations a second and 1,800 an hour in one conversation, and
 * 50 a second across one tenant. Posts and updates count alike.
 */
const PER_CONVERSATION_PER_SECOND = 7;
const PER_CONVERSATION_PER_HOUR = 1_800;
const PER_TENANT_PER_SECOND = 50;
/** A call not answered by then is cut off; the outbox treats it as a post that may have landed. */
const CALL_TIMEOUT_MS = 15_000;

/**
 * Posts and updates cards in Teams conversations through the Bot Connector, using the conversation
 * reference stored when the bot was installed there. Platform errors become DeliveryErrors, so the outbox
 * knows whether to wait (429), retry (5xx) or give up (404, 403).
 *
 * The sender makes its own connector client without the client's built-in retries: a retried POST after
 * a 502 that Teams had in fact accepted would post twice, and waiting out a 429 inside one call would hold
 * up every other message. The outbox retries instead, with its send ledger.
 *
 * It has no `findEarlierPost`: the Bot Connector API takes no idempotency key and cannot read a message
 * back, so after a 502, a 504 or a timeout nobody can tell whether the post landed. The outbox does not
 * post such a message again; it lists it for the QA manager as "may have been delivered".
 */
export class TeamsSender implements PlatformSender {
  readonly platform = 'teams' as const;
  /**
   * One client per service address (a handful: one per Teams region), made once: making one builds its whole
   * request pipeline, a noticeable cost when a broadcast posts hundreds of messages. Its credentials fetch and
   * renew their token as calls need it.
   */
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(
    private readonly credentialsFactory: ServiceClientCredentialsFactory,
    private readonly appId: string,
    /** Installs the app for a person the bot may not open a chat with yet; none unless Graph is configured. */
    private readonly installer?: GraphAppInstaller,
    /** Whose Teams user ids a card's per-viewer refresh lists (teams-viewer-refresh.ts); none without it. */
    private readonly userIdsOf: TeamsUserIdsOf = async () => [],
  ) {}

  async post(link: ConversationLink, message: OutgoingCard): Promise<{ messageId: string }> {
    const { client, conversationId, reference } = await this.connect(link);
    const activity = await this.cardActivity(message);
    const sent = await send(() =>
      client.conversations.sendToConversation(
        conversationId,
        { ...activity, from: reference.bot },
        { timeout: CALL_TIMEOUT_MS },
      ),
    );
    // Posted all the same; without an id it cannot be updated later, but it must not be posted again.
    return { messageId: sent.id ?? '' };
  }

  /**
   * Creates the one-to-one conversation with a person by their AAD object id, through the service address
   * and tenant of a team or chat the bot shares with them (POST /v3/conversations, as
   * `CloudAdapter.createConversationAsync` does, but without the client's retries). Teams answers the same
   * conversation for the same person every time, so a create repeated after a lost answer opens nothing new.
   * It refuses (403) a person for whom the app is installed nowhere they belong: then, where the deployment
   * lets the bot install its app for people through Microsoft Graph, it does so and asks once more.
   */
  async openPersonalChat(chat: ChatToOpen): Promise<OpenedChat> {
    const via = chat.via && conversationReferenceOf(chat.via);
    const tenantId = via?.conversation?.tenantId;
    if (!via?.serviceUrl || !tenantId) {
      throw new DeliveryError('gone', 'the bot is in no Teams team or chat yet, so it cannot open a chat with them');
    }
    const client = await this.clientFor(via.serviceUrl);
    const parameters: ConversationParameters = {
      isGroup: false,
      bot: via.bot ?? { id: this.appId, name: '' },
      members: [{ id: chat.platformUserId, name: '' }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    };
    const create = () => client.conversations.createConversation(parameters, { timeout: CALL_TIMEOUT_MS });
    let created;
    try {
      created = await create();
    } catch (error) {
      if (statusOf(error) !== 403) throw asDeliveryError(error);
      if (!this.installer) throw new DeliveryError('gone', NOT_INSTALLED_FOR_THEM);
      await this.installer.installFor(chat.platformUserId);
      created = await send(create);
    }
    const serviceUrl = created.serviceUrl || via.serviceUrl;
    return {
      conversationId: created.id,
      address: JSON.parse(
        JSON.stringify({
          channelId: 'msteams',
          serviceUrl,
          bot: via.bot,
          user: { id: chat.platformUserId, aadObjectId: chat.platformUserId },
          conversation: { id: created.id, conversationType: 'personal', tenantId, isGroup: false },
        }),
      ) as Record<string, unknown>,
    };
  }

  limitsFor(link: ConversationLink): readonly SendLimit[] {
    const conversation = `teams:conversation:${link.conversationId}`;
    return [
      { key: conversation, calls: PER_CONVERSATION_PER_SECOND, windowMs: 1_000 },
      { key: conversation, calls: PER_CONVERSATION_PER_HOUR, windowMs: 3_600_000 },
      tenantLimit(link),
    ];
  }

  /** Creating a conversation is an operation of the tenant like any other: it counts against its 50 a second. */
  limitsForOpening(chat: ChatToOpen): readonly SendLimit[] {
    return chat.via ? [tenantLimit(chat.via)] : [];
  }

  async update(link: ConversationLink, messageId: string, message: OutgoingCard): Promise<void> {
    const { client, conversationId, reference } = await this.connect(link);
    const activity = await this.cardActivity(message);
    await send(() =>
      client.conversations.updateActivity(
        conversationId,
        messageId,
        { ...activity, id: messageId, from: reference.bot },
        { timeout: CALL_TIMEOUT_MS },
      ),
    );
  }

  private async cardActivity(message: OutgoingCard): Promise<Partial<Activity>> {
    const card = await withTeamsRefresh(message.card, this.userIdsOf);
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
    activity.summary = message.text;
    return activity;
  }

  private async connect(link: ConversationLink) {
    const reference = conversationReferenceOf(link);
    const conversationId = reference.conversation?.id;
    if (!reference.serviceUrl || !conversationId) {
      throw new DeliveryError('gone', 'the stored Teams conversation has no service address');
    }
    return { client: await this.clientFor(reference.serviceUrl), conversationId, reference };
  }

  private clientFor(serviceUrl: string): Promise<ConnectorClient> {
    const made = this.clients.get(serviceUrl) ?? this.makeClient(serviceUrl);
    this.clients.set(serviceUrl, made);
    // A client that could not be made is not kept: the next call tries again.
    made.catch(() => this.clients.get(serviceUrl) === made && this.clients.delete(serviceUrl));
    return made;
  }

  private async makeClient(serviceUrl: string): Promise<ConnectorClient> {
    const credentials = await this.credentialsFactory.createCredentials(
      this.appId,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      AuthenticationConstants.ToChannelFromBotLoginUrl,
      true,
    );
    const client = new ConnectorClient(credentials, { baseUri: serviceUrl });
    withoutBuiltInRetries(client);
    return client;
  }
}

function tenantLimit(link: ConversationLink): SendLimit {
  const tenantId = conversationReferenceOf(link).conversation?.tenantId ?? 'unknown';
  return { key: `teams:tenant:${tenantId}`, calls: PER_TENANT_PER_SECOND, windowMs: 1_000 };
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

/** Why a person cannot be messaged in Teams when the bot may not install its app for them. */
const NOT_INSTALLED_FOR_THEM =
  'the Challenge Day app is not installed for them in Teams: add it to a team they are in, or let the bot install it for people (the GRAPH_* settings)';

/** The HTTP status the connector answered with, or NaN when no answer came. */
function statusOf(error: unknown): number {
  return typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : NaN;
}

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const status = statusOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (Number.isNaN(status)) {
    return mayHaveBeenSent(error)
      ? new DeliveryError('unconfirmed', `no answer from Teams: ${detail}`)
      : new DeliveryError('transient', `could not reach Teams: ${detail}`);
  }
  const headers = (error as { response?: { headers?: { get?(name: string): string | undefined } } }).response?.headers;
  const waitMs = retryAfterMs(headers?.get?.('retry-after'), headers?.get?.('date'), Date.now());
  return deliveryErrorForStatus(status, waitMs === undefined ? undefined : waitMs / 1000, detail);
}
