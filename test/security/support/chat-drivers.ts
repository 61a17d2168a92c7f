import type { FakeBotConnector } from '../../fakes/bot-connector.js';
import type { FakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { buttonPressed, modalSubmitted, postToSlackEndpoint, slashCommand } from '../../support/slack-requests.js';
import {
  cardAction,
  message,
  postActivity,
  type TeamsConversation,
  type TeamsUser,
} from '../../support/teams-activities.js';

export type Platform = 'teams' | 'slack';
export type Where = 'personal' | 'channel';

/** Someone of the demo county, as Teams and Slack know them. */
export interface Member {
  readonly personId: string;
  readonly teams: TeamsUser;
  readonly slackUserId: string;
}

/** What the bot answered straight to the person who acted, and what they had typed in that request. */
export interface DirectAnswer {
  readonly what: string;
  readonly body: string;
  readonly typed: readonly string[];
}

interface SlackModal {
  id?: string;
  private_metadata: string;
  blocks: { type: string; block_id?: string; element?: { type: string } }[];
}

const TENANT = 'tenant-derbyshire';

/** Slack is answered after the acknowledgement: wait (briefly) for what the bot does next. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Slack: ${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
export const TEAMS_CHANNEL: TeamsConversation = { id: 'channel-chesterfield', type: 'channel', tenantId: TENANT };
export const SLACK_CHANNEL = 'C-CHESTERFIELD';

/**
 * People using the bot as they would in Teams (activities posted to /api/messages) and in Slack (signed
 * slash commands, button presses and modal submissions to /slack/events). Every answer the bot gives
 * straight back in the HTTP response is kept, with what the person typed, for the checks.
 */
export class ChatDrivers {
  readonly direct: DirectAnswer[] = [];
  private cards = 0;

  constructor(
    private readonly baseUrl: () => string,
    private readonly connector: FakeBotConnector,
    private readonly slack: FakeSlackWebApi,
  ) {}

  teamsChat(member: Member): TeamsConversation {
    return { id: `a:personal-${member.personId}`, type: 'personal', tenantId: TENANT };
  }

  slackDm(member: Member): string {
    return `D-${member.slackUserId}`;
  }

  async say(member: Member, platform: Platform, where: Where, text: string): Promise<void> {
    if (platform === 'teams') {
      const conversation = where === 'personal' ? this.teamsChat(member) : TEAMS_CHANNEL;
      await postActivity(this.baseUrl(), message(this.connector.serviceUrl, conversation, member.teams, text));
      return;
    }
    const before = this.slack.responses.length + this.slack.callsOf('views.open').length;
    const channel = where === 'personal' ? this.slackDm(member) : SLACK_CHANNEL;
    const name = `say-${this.slack.responses.length}-${Math.random().toString(36).slice(2)}`;
    await postToSlackEndpoint(
      this.baseUrl(),
      slashCommand(member.slackUserId, channel, text, this.slack.responseUrl(name)),
    );
    await until(
      () => this.slack.responses.length + this.slack.callsOf('views.open').length > before,
      `an answer to "${text}"`,
    );
  }

  /** Fills in and sends a form: in Teams from its card, in Slack in the modal its button opens. */
  async submit(
    member: Member,
    platform: Platform,
    verb: string,
    ids: Record<string, string>,
    answers: Record<string, string>,
  ): Promise<string> {
    const typed = Object.values(answers);
    if (platform === 'teams') {
      const answer = await postActivity(
        this.baseUrl(),
        cardAction(this.connector.serviceUrl, this.teamsChat(member), member.teams, this.nextCard(), verb, {
          ...ids,
          ...answers,
        }),
      );
      const body = JSON.stringify(answer.body);
      this.direct.push({ what: `Teams answer to ${verb}`, body, typed });
      return body;
    }
    const opened = this.slack.callsOf('views.open').length;
    await this.pressSlack(member, verb, ids, true);
    await until(() => this.slack.callsOf('views.open').length > opened, `the form of ${verb}`);
    const view = this.slack.callsOf('views.open').at(-1)?.args.view as SlackModal;
    const calls = this.slack.calls.length;
    const answer = await postToSlackEndpoint(this.baseUrl(), modalSubmitted(member.slackUserId, view, answers));
    const body = JSON.stringify(answer.body);
    this.direct.push({ what: `Slack answer to ${verb}`, body, typed });
    // Accepted: the modal closes and the card it came from is updated (or the person is told) just after.
    if (!body.includes('response_action')) await until(() => this.slack.calls.length > calls, `the answer to ${verb}`);
    return body;
  }

  /** Presses a button that sends no inputs (acknowledge, verify, submit a report). */
  async press(member: Member, platform: Platform, verb: string, ids: Record<string, string>): Promise<string> {
    if (platform === 'slack') {
      const calls = this.slack.calls.length;
      await this.pressSlack(member, verb, ids, false);
      await until(() => this.slack.calls.length > calls, `the answer to ${verb}`);
      return JSON.stringify(this.slack.calls.at(-1)?.args ?? {});
    }
    return this.submit(member, platform, verb, ids, {});
  }

  /** Each press is on a card of its own, as after a step the person acts on the card the bot sent next. */
  private nextCard(): string {
    this.cards += 1;
    return `1700000000.${String(this.cards).padStart(6, '0')}`;
  }

  private async pressSlack(member: Member, verb: string, ids: Record<string, string>, opensForm: boolean) {
    const value = JSON.stringify({ verb, data: ids, opensForm });
    await postToSlackEndpoint(
      this.baseUrl(),
      buttonPressed(member.slackUserId, this.slackDm(member), this.nextCard(), value),
    );
  }
}
