import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, readRequestBody } from './loopback.js';

/** One call the bot made to the Bot Connector service, as the fake recorded it. */
export interface ConnectorCall {
  readonly method: 'POST' | 'PUT' | 'DELETE';
  readonly conversationId: string;
  /** The activity replied to (POST …/activities/{id}) or replaced (PUT …/activities/{id}). */
  readonly activityId?: string;
  readonly activity: Record<string, unknown>;
  readonly authorization?: string;
  /** The id of the activity the call created or replaced. */
  readonly id: string;
  /** When the call arrived, on the fake's clock (ms). */
  readonly receivedAt: number;
}

/** Every request that reached the fake, whatever it was answered. */
export interface ConnectorRequest {
  readonly method: string;
  readonly conversationId: string;
  readonly status: number;
  readonly receivedAt: number;
}

/** A member of a conversation as the Bot Connector describes one in Teams (a TeamsChannelAccount). */
export interface TeamsMember {
  /** The member's id in Teams (`29:…`), as activities name them in `from.id`. */
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
  readonly tenantId?: string;
}

/** One GET of a conversation's member that reached the fake. */
export interface MemberLookup {
  readonly conversationId: string;
  readonly memberId: string;
  readonly status: number;
}

export type ScriptedFailure = {
  status: number;
  retryAfterSeconds?: number;
  /** Send Retry-After as an HTTP date (that many seconds after the response's Date) instead of seconds. */
  retryAfterAsDate?: boolean;
  /** Take the message (it is in the conversation) and answer the failure all the same, as a gateway might. */
  afterAccepting?: boolean;
  /** Fail only a call into this conversation; calls elsewhere pass by the script. */
  conversationId?: string;
  /**
   * Fail the creation of a one-to-one conversation with this member, and nothing else. A creation is failed
   * only by a script naming its member, so scripts written for posts keep failing posts.
   */
  member?: string;
};

/** A one-to-one conversation the bot asked the service to create (POST /v3/conversations), as it arrived. */
export interface ConversationCreate {
  readonly member: string;
  readonly tenantId: string;
  readonly body: Record<string, unknown>;
  readonly authorization?: string;
  /** The conversation the service answered (or would have, had the answer not been lost). */
  readonly conversationId: string;
  readonly receivedAt: number;
}

/** The error codes Teams documents for each status. */
const ERROR_CODES: Record<number, string> = {
  400: 'BadArgument',
  403: 'BotNotInConversationRoster',
  404: 'ConversationNotFound',
  412: 'PreconditionFailed',
  413: 'MessageSizeTooBig',
  429: 'Throttled',
  502: 'ServiceError',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/**
 * A fake of the Bot Connector REST API (the service Teams replies and proactive messages go to), on
 * loopback. It accepts the calls of the published contract, gives each new activity an id, remembers the
 * latest version of every message, and can be told to fail the next calls (429 with Retry-After, 502, 404),
 * before or after taking the message. Like the real service it has no way to read a message back. It also
 * answers GET /v3/conversations/{conversationId}/members/{memberId} for the members it is given (by their
 * `29:` id or AAD object id, as the service accepts either), and 404 MemberNotFoundInConversation otherwise.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  readonly creates: ConversationCreate[] = [];
  readonly requests: ConnectorRequest[] = [];
  readonly memberLookups: MemberLookup[] = [];
  private readonly members = new Map<string, TeamsMember>();
  private readonly withoutApp = new Set<string>();
  private readonly teams = new Map<string, { members: readonly TeamsMember[]; pageSize: number }>();
  /** Every page of a team's members asked for, with the page size and continuation token it was asked with. */
  readonly pagedMemberReads: { teamId: string; pageSize?: string; continuationToken?: string }[] = [];
  private readonly failures: ScriptedFailure[] = [];
  private readonly messages = new Map<string, Record<string, unknown>>();
  private server = createServer((request, response) => void this.handle(request, response));
  private readonly clock: () => number;
  serviceUrl = '';

  /** `clock` stamps arrivals and the Date header; tests that pace by a virtual clock pass theirs. */
  constructor(options: { clock?: () => number } = {}) {
    this.clock = options.clock ?? Date.now;
  }

  async start(): Promise<this> {
    this.serviceUrl = `${await listenOnLoopback(this.server)}/`;
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  /** The next calls fail as scripted, in order. */
  failNext(...failures: ScriptedFailure[]): void {
    this.failures.push(...failures);
  }

  /**
   * Someone for whom the app is installed nowhere they belong: creating a chat with them is refused (403)
   * until `installAppFor` them, as when an admin (or the bot, through Graph) installs it.
   */
  withoutAppFor(member: string): void {
    this.withoutApp.add(member);
  }

  installAppFor(member: string): void {
    this.withoutApp.delete(member);
  }

  /** Someone Teams knows: the conversation members API describes them, in any conversation. */
  addMember(member: TeamsMember): void {
    this.members.set(member.id, member);
    this.members.set(member.aadObjectId, member);
  }

  /**
   * A team and its members, as GET /v3/conversations/{teamId}/pagedmembers lists them; each is also known to the
   * members API. `pageSize` makes the service give smaller pages than asked for, as it may.
   */
  setTeamMembers(teamId: string, members: readonly TeamsMember[], options: { pageSize?: number } = {}): void {
    this.teams.set(teamId, { members, pageSize: options.pageSize ?? 500 });
    members.forEach((member) => this.addMember(member));
  }

  /** The message with this id as it stands now (after any in-place updates). */
  message(activityId: string): Record<string, unknown> | undefined {
    return this.messages.get(activityId);
  }

  /** Calls into one conversation. */
  callsTo(conversationId: string): ConnectorCall[] {
    return this.calls.filter((call) => call.conversationId === conversationId);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = this.clock();
    const body = await readRequestBody(request);
    response.setHeader('date', new Date(receivedAt).toUTCString());
    const memberPath = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)$/.exec(request.url ?? '');
    if (memberPath && request.method === 'GET') return this.answerMember(response, memberPath[1], memberPath[2]);
    const pagedPath = /^\/v3\/conversations\/([^/]+)\/pagedmembers(?:\?(.*))?$/.exec(request.url ?? '');
    if (pagedPath && request.method === 'GET') return this.answerPagedMembers(response, pagedPath[1], pagedPath[2]);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/.exec(request.url ?? '');
    const method = request.method as ConnectorCall['method'];
    if (method === 'POST' && /^\/v3\/conversations\/?$/.test(request.url ?? '')) {
      return this.createConversation(request, response, body, receivedAt);
    }
    if (!match || !['POST', 'PUT'].includes(method)) return send(response, 404, { error: { code: 'NotFound' } });

    const conversationId = decodeURIComponent(match[1] ?? '');
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const failure = this.takeFailure({ conversationId });
    if (!failure || failure.afterAccepting) {
      const activity = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
      const id = method === 'PUT' && activityId ? activityId : `activity-${randomUUID()}`;
      const authorization = request.headers.authorization;
      this.calls.push({ method, conversationId, activityId, activity, authorization, id, receivedAt });
      this.messages.set(id, activity);
      if (!failure) {
        this.requests.push({ method, conversationId, status: method === 'PUT' ? 200 : 201, receivedAt });
        return send(response, method === 'PUT' ? 200 : 201, { id });
      }
    }
    this.requests.push({ method, conversationId, status: failure.status, receivedAt });
    this.answerFailure(response, failure, receivedAt);
  }

  /**
   * Create Conversation, as published for a proactive one-to-one chat: `isGroup` false, exactly one member (the
   * user's id or AAD object id), and the tenant (`tenantId`, or `channelData.tenant.id`). Like the service, it
   * answers the same conversation for the same member every time: there is one personal chat per user and bot.
   * Anything else is a 400 BadArgument.
   */
  private createConversation(
    request: IncomingMessage,
    response: ServerResponse,
    body: string,
    receivedAt: number,
  ): void {
    const parameters = (body ? JSON.parse(body) : {}) as {
      isGroup?: unknown;
      members?: { id?: unknown }[];
      tenantId?: unknown;
      channelData?: { tenant?: { id?: unknown } };
    };
    const member = parameters.members?.length === 1 ? parameters.members[0]?.id : undefined;
    const tenantId = parameters.tenantId ?? parameters.channelData?.tenant?.id;
    if (parameters.isGroup !== false || typeof member !== 'string' || !member || typeof tenantId !== 'string') {
      this.requests.push({ method: 'POST', conversationId: '', status: 400, receivedAt });
      return send(response, 400, { error: { code: 'BadArgument', message: 'one member and the tenant are required' } });
    }
    const conversationId = `a:personal-${member}`;
    if (this.withoutApp.has(member)) {
      this.requests.push({ method: 'POST', conversationId: '', status: 403, receivedAt });
      return send(response, 403, { error: { code: 'Forbidden', message: 'The bot is not installed for the user.' } });
    }
    const failure = this.takeFailure({ member });
    if (!failure || failure.afterAccepting) {
      const { authorization } = request.headers;
      this.creates.push({ member, tenantId, body: parameters, authorization, conversationId, receivedAt });
    }
    this.requests.push({ method: 'POST', conversationId: '', status: failure?.status ?? 201, receivedAt });
    if (!failure) return send(response, 201, { id: conversationId });
    this.answerFailure(response, failure, receivedAt);
  }

  private answerFailure(response: ServerResponse, failure: ScriptedFailure, receivedAt: number): void {
    if (failure.retryAfterSeconds !== undefined) {
      response.setHeader(
        'retry-after',
        failure.retryAfterAsDate
          ? new Date(receivedAt + failure.retryAfterSeconds * 1000).toUTCString()
          : String(failure.retryAfterSeconds),
      );
    }
    const code = ERROR_CODES[failure.status] ?? 'ServiceError';
    send(response, failure.status, { error: { code, message: `scripted ${failure.status}` } });
  }

  /** A member as the service gives one (a TeamsChannelAccount), or 404 for someone it does not know. */
  private answerMember(response: ServerResponse, conversation = '', member = ''): void {
    const conversationId = decodeURIComponent(conversation);
    const memberId = decodeURIComponent(member);
    const found = this.members.get(memberId);
    this.memberLookups.push({ conversationId, memberId, status: found ? 200 : 404 });
    if (!found) {
      return send(response, 404, {
        error: { code: 'MemberNotFoundInConversation', message: 'The member was not found in the conversation.' },
      });
    }
    const { email, userPrincipalName, tenantId, ...account } = found;
    send(response, 200, {
      ...account,
      ...(email ? { email } : {}),
      ...(userPrincipalName ? { userPrincipalName } : {}),
      tenantId: tenantId ?? 'tenant-derbyshire',
      userRole: 'user',
    });
  }

  /**
   * One page of a team's members (a TeamsPagedMembersResult): at most `pageSize` of them (the service's
   * default and largest page is 500), with a continuationToken while more remain. An unknown team is a 404.
   */
  private answerPagedMembers(response: ServerResponse, encodedTeamId = '', query = ''): void {
    const teamId = decodeURIComponent(encodedTeamId);
    const parameters = new URLSearchParams(query);
    const pageSize = parameters.get('pageSize') ?? undefined;
    const continuationToken = parameters.get('continuationToken') ?? undefined;
    this.pagedMemberReads.push({ teamId, pageSize, continuationToken });
    const team = this.teams.get(teamId);
    if (!team) return send(response, 404, { error: { code: 'ConversationNotFound', message: 'No such team.' } });
    const members = team.members;
    const size = Math.min(team.pageSize, Math.max(1, Number(pageSize ?? 500) || 500));
    const offset = continuationToken ? Number(Buffer.from(continuationToken, 'base64').toString('utf8')) : 0;
    const page = members.slice(offset, offset + size).map(({ email, userPrincipalName, tenantId, ...account }) => ({
      ...account,
      ...(email ? { email } : {}),
      ...(userPrincipalName ? { userPrincipalName } : {}),
      tenantId: tenantId ?? 'tenant-derbyshire',
      userRole: 'user',
    }));
    const more = offset + size < members.length;
    send(response, 200, {
      members: page,
      ...(more ? { continuationToken: Buffer.from(String(offset + size)).toString('base64') } : {}),
    });
  }

  /** The next scripted failure for this call: a conversation's activities, or the creation of a member's chat. */
  private takeFailure(call: { conversationId: string } | { member: string }): ScriptedFailure | undefined {
    const index = this.failures.findIndex((failure) =>
      'member' in call
        ? failure.member === call.member
        : failure.member === undefined &&
          (failure.conversationId === undefined || failure.conversationId === call.conversationId),
    );
    return index === -1 ? undefined : this.failures.splice(index, 1)[0];
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
