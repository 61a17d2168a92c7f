import { Application, type AdaptiveCard, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import { CARD_VERB_NAMES } from '../../interactions/verbs/card-verbs.js';
import { cardActionFailed, handleCardAction } from '../../interactions/handle-card-action.js';
import { handleChatFile } from '../../interactions/handle-chat-file.js';
import { handleText } from '../../interactions/handle-text.js';
import { noticeAnswerIn, recordNoticeAnswer, type NoticeAnswer } from '../../interactions/handle-thread-reply.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { replyForFailure } from '../../interactions/failures.js';
import { answerInTime, PERSON_WAITS_AT_MOST_MS, TEAMS_ANSWER_WITHIN_MS } from '../../interactions/answer-in-time.js';
import type { Reply } from '../../interactions/reply.js';
import { answerNowOrLater, type Answering } from '../../interactions/answer-now-or-later.js';
import { renderCard } from '../../cards/render-card.js';
import type { Logger } from '../../logger.js';
import { downloadChatFile, PEOPLE_FILE_MAX_BYTES, PEOPLE_FILE_TIMEOUT_MS } from '../download-chat-file.js';
import { lateFailureLogger } from '../late-failure-logger.js';
import { knownLink, rememberConversation } from '../remember-conversation.js';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import type { Person } from '../../domain/people/person.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import { channelConversationId, conversationKind, teamsAddress } from './teams-conversation.js';
import { isAddressedToBot } from './teams-addressed.js';
import { teamsCommandId } from './teams-command-id.js';
import { teamsFileOf } from './teams-file.js';
import { readTeamsMentions } from './teams-mentions.js';
import { personFromTeams, recogniseTeamsSender } from './teams-identity.js';
import { registerPeopleSearch } from './teams-people-search.js';
import { registerViewerRefresh } from './teams-refresh-invoke.js';
import { cardForEveryone } from '../../interactions/view-action.js';
import { answerWithCard } from './teams-invoke-card.js';
import { workAfterTheAnswer } from './after-answer.js';
import type { CardReplacement } from '../../outbox/replace-card.js';
import type { CardJson } from '../../cards/card-templates.js';
import { teamsUserIdsFrom, withTeamsRefresh } from './teams-viewer-refresh.js';
import { teamIdOf, teamsTeamMembers } from './teams-team-members.js';

export interface TeamsBotDeps {
  readonly adapter: TeamsAdapter;
  readonly appId: string;
  readonly interactions: InteractionDeps;
  /** Who becomes a QA manager the first time they write (BOOTSTRAP_ADMIN_EMAILS). */
  readonly bootstrapAdminEmails: readonly string[];
  /** Where a file sent in a personal chat may be downloaded from (TEAMS_FILE_HOSTS). */
  readonly fileHosts: readonly string[];
  /** How long a person who typed a message waits before "working on it" or "not done yet" (ANSWER_WAIT_MS). */
  readonly answerWaitMs: number;
  /** Shows a card someone acted on to everyone as it now stands, kept to try again if Teams fails (the outbox). */
  readonly replaceCard: (replacement: CardReplacement) => Promise<void>;
  readonly logger: Logger;
}

/**
 * The Teams channel: it turns Teams activities into the bot's interactions and their replies into Teams
 * messages and invoke responses. Nothing about a Challenge Day is decided here.
 */
export function createTeamsBot(deps: TeamsBotDeps): (context: TurnContext) => Promise<void> {
  const app = new Application({
    adapter: deps.adapter,
    botAppId: deps.appId,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const lateFailure = lateFailureLogger(deps.logger, 'Teams');
  // A card that shows each viewer their own buttons names, for Teams, whose view to fetch (teams-viewer-refresh.ts).
  const forTeams = (reply: Reply): Promise<Reply> =>
    withTeamsRefresh(reply.card, teamsUserIdsFrom(deps.interactions.stores)).then((card) => ({ ...reply, card }));

  // Installed in a team, group chat or personal chat: remember where, and say what the bot does.
  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((member) => member.id === context.activity.recipient.id);
    if (!botAdded) return;
    await rememberTeamsConversation(deps, context);
    const help = await helpCard(deps);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(help)));
  });

  app.activity(ActivityTypes.Message, async (context) => {
    // Every message in a team's channel reaches the bot (see teams-addressed.ts): one not meant for it is left
    // alone — no answer, nothing stored, nobody looked up — unless it answers a notice in the notice's thread.
    const unaddressed = !isCardSubmit(context.activity.value) && !isAddressedToBot(context.activity);
    // teams-ai starts a typing indicator for every message whatever its options say; a look that takes over a
    // second (a busy database) would show the bot "typing" under people's own talk.
    if (unaddressed) app.stopTypingTimer();
    const answerWritten = unaddressed ? await noticeAnswerOverheard(context) : null;
    if (unaddressed && !answerWritten) return;
    // Captured now: after the turn has ended only the adapter can post into this conversation.
    const reference = TurnContext.getConversationReference(context.activity);
    const send = (to: TurnContext, reply: Reply | string) =>
      typeof reply === 'string' ? to.sendActivity(reply).then(() => undefined) : sendReply(to, reply);
    const work = (answering: Answering) =>
      answerWritten ? answerNoticeInThread(context, answerWritten) : answerMessage(context, answering);
    await answerNowOrLater(work, {
      withinMs: deps.answerWaitMs,
      sendNow: (reply) => send(context, reply),
      sendLater: (reply) =>
        deps.adapter.continueConversationAsync(deps.appId, reference, (later) => send(later, reply)),
      failed: async (error) => {
        // The database did not answer (or something of ours failed): the person is told, with a card
        // submitted by an older client kept to send again.
        const submitted: unknown = context.activity.value;
        const reply = isCardSubmit(submitted)
          ? cardActionFailed(error, submitted.verb, withoutVerb(submitted))
          : replyForFailure(error, { verb: 'text', typed: {}, retryData: {} });
        await sendReply(context, reply);
      },
      lateFailure,
    });
  });

  async function answerMessage(context: TurnContext, answering: Answering): Promise<void> {
    const { person, link } = await senderAndConversation(deps, context);
    if (!person.ok) {
      await context.sendActivity(person.error.userMessage);
      return;
    }
    const submitted: unknown = context.activity.value;
    if (isCardSubmit(submitted)) {
      // Action.Submit, the fallback of clients older than Adaptive Cards 1.5: the verb rides in the data.
      const { verb, ...payload } = submitted;
      const reply = await handleCardAction(deps.interactions, {
        person: person.value,
        verb,
        payload,
        commandId: teamsCommandId(context.activity, String(verb), payload),
      });
      if (reply.audience === 'everyone' && context.activity.replyToId) await replaceForEveryone(context, reply);
      // Sent as a new message, which everyone in the conversation sees: the receipt, not one person's view.
      else await sendReply(context, await forTeams(reply.receipt ? { ...reply, ...reply.receipt } : reply));
      return;
    }
    const file = teamsFileOf(context.activity);
    if (file) {
      // A people file or a district's case list sent in the personal chat: its dry run, with the Apply button.
      const reply = await handleChatFile(deps.interactions, {
        person: person.value,
        conversation: link,
        fileName: file.name,
        download: () =>
          downloadChatFile(
            { url: file.downloadUrl },
            { allowedHosts: deps.fileHosts, maxBytes: PEOPLE_FILE_MAX_BYTES, timeoutMs: PEOPLE_FILE_TIMEOUT_MS },
          ),
      });
      await sendReply(context, await forTeams(reply));
      return;
    }
    const answer = await noticeAnswerInThread(context);
    if (answer) {
      await context.sendActivity(textOf(await recordNoticeAnswer(deps.interactions, person.value, answer)));
      return;
    }
    const { text, mentions } = readTeamsMentions(context.activity.text ?? '');
    const teamId = teamIdOf(context);
    const reply = await handleText(deps.interactions, {
      person: person.value,
      text,
      mentions,
      conversation: link,
      ...(teamId ? { channelMembers: () => teamsTeamMembers(context, teamId) } : {}),
      whenOnlyReading: answering.onlyReads,
    });
    await answering.send(await forTeams(reply));
  }

  /** "yes" written in the thread of a notice the bot posted in a channel; null for any other message. */
  async function noticeAnswerInThread(context: TurnContext): Promise<NoticeAnswer | null> {
    const conversationId = context.activity.conversation.id;
    const thread = /;messageid=([^;]+)$/.exec(conversationId)?.[1];
    if (!thread) return null;
    return noticeAnswerIn(deps.interactions, {
      platform: 'teams',
      conversationId: channelConversationId(conversationId),
      threadMessageId: thread,
      text: readTeamsMentions(context.activity.text ?? '').text,
    });
  }

  /**
   * A message that does not @mention the bot, read only for an answer to a notice. Nobody asked the bot
   * anything, so a failure to look (the database away) is logged and nobody is answered.
   */
  async function noticeAnswerOverheard(context: TurnContext): Promise<NoticeAnswer | null> {
    try {
      return await answerInTime(() => noticeAnswerInThread(context), PERSON_WAITS_AT_MOST_MS, lateFailure);
    } catch (error) {
      deps.logger.warn({ err: error }, 'could not tell whether a Teams channel message answers a notice');
      return null;
    }
  }

  /** An answer written under a notice without an @mention: recorded as if its button had been pressed. */
  async function answerNoticeInThread(context: TurnContext, answer: NoticeAnswer): Promise<void> {
    const { person } = await senderAndConversation(deps, context);
    await context.sendActivity(
      textOf(person.ok ? await recordNoticeAnswer(deps.interactions, person.value, answer) : person),
    );
  }

  app.adaptiveCards.actionExecute(CARD_VERB_NAMES, async (context, _state, data) => {
    const verb = context.activity.value?.action?.verb;
    try {
      const answer = await answerInTime(
        () => executeCardAction(context, verb, data),
        TEAMS_ANSWER_WITHIN_MS,
        lateFailure,
      );
      if (typeof answer === 'string') return answer;
      await answerWithCard(context, answer);
    } catch (error) {
      // Who sent it could not be looked up, or the database did not answer in time: the invoke still gets a
      // card, with the entry kept to send again.
      return cardActionFailed(error, verb, data).card as AdaptiveCard;
    }
    return '';
  });

  async function executeCardAction(context: TurnContext, verb: unknown, data: unknown): Promise<AdaptiveCard | string> {
    // Read while the turn runs: a handler that outlives the time Teams allows finishes after the turn has been
    // answered without it, when its context can no longer be read.
    const { activity } = context;
    const commandId = teamsCommandId(activity, String(verb), data);
    const messageId = activity.replyToId;
    const shared = conversationKind(activity) !== 'personal';
    const address = turnAddress(context);
    const afterAnswer = workAfterTheAnswer(context, deps.logger);
    const { person, link } = await senderAndConversation(deps, context);
    if (!person.ok) return person.error.userMessage;
    const reply = await handleCardAction(deps.interactions, { person: person.value, verb, payload: data, commandId });
    // Replaced for everyone who sees the card, not only the person who pressed the button: once they have their
    // answer, which already shows it to them, so they do not wait for it. At the turn's own address (a channel
    // thread's included), as an update within the turn would be made.
    if (reply.audience === 'everyone' && messageId) {
      const replacement = { key: `card-replaced:${commandId}`, link: { ...link, address }, messageId };
      afterAnswer.add(() => deps.replaceCard({ ...replacement, render: () => everyoneCard(reply, shared) }));
    }
    return (await forTeams(reply)).card as AdaptiveCard;
  }

  /** The card acted on as everyone in its conversation is to see it (see replaceForEveryone). */
  async function everyoneCard(reply: Reply, shared: boolean): Promise<{ card: CardJson; text: string }> {
    const card = shared
      ? await cardForEveryone(deps.interactions.stores, reply.card, deps.interactions.now())
      : reply.card;
    return { card, text: reply.text };
  }

  /**
   * Replaces the card acted on. In a channel or group chat a card that each viewer refreshes to their own
   * is replaced by the copy with nobody's buttons: the person who pressed gets theirs as the invoke's answer,
   * the others listed fetch theirs, and everyone else is offered nothing they could not do.
   */
  async function replaceForEveryone(context: TurnContext, reply: Reply): Promise<void> {
    const shared = conversationKind(context.activity) !== 'personal';
    const card = shared
      ? await cardForEveryone(deps.interactions.stores, reply.card, deps.interactions.now())
      : reply.card;
    await replaceCard(context, await forTeams({ ...reply, card }));
  }

  registerPeopleSearch(app, deps);
  registerViewerRefresh(app, deps);

  return (context) => app.run(context).then(() => undefined);
}

function withoutVerb(submitted: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(submitted).filter(([key]) => key !== 'verb'));
}

function isCardSubmit(value: unknown): value is { verb: unknown } & Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'verb' in value;
}

async function replaceCard(context: TurnContext, reply: Reply): Promise<void> {
  const replacement = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
  replacement.id = context.activity.replyToId;
  await context.updateActivity(replacement);
}

async function helpCard(deps: TeamsBotDeps) {
  const first = (await deps.interactions.stores.districts.active())[0];
  return renderCard('help', { exampleDistrict: first?.name ?? 'Chesterfield' });
}

async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
  message.summary = reply.text;
  if (reply.text.includes('\n')) message.text = reply.text;
  await context.sendActivity(message);
}

/**
 * Who sent this turn, and the conversation it came in, remembered. Finding the sender and reading the
 * conversation's link do not depend on each other, so they are read side by side; the link is then kept
 * fresh with the sender known (a personal chat is tied to its person).
 */
async function senderAndConversation(
  deps: TeamsBotDeps,
  context: TurnContext,
): Promise<{ person: Outcome<Person>; link: ConversationLink }> {
  const [person, stored] = await Promise.all([
    recogniseTeamsSender(deps, context),
    knownLink(deps.interactions, { platform: 'teams', conversationId: teamsConversationId(context) }),
  ]);
  return { person, link: await rememberTeamsConversation(deps, context, person, stored) };
}

/**
 * Remembers the conversation of this turn (see remember-conversation.ts). A turn that has already looked up
 * who sent it, or read the link, passes what it found, so neither is read twice.
 */
async function rememberTeamsConversation(
  deps: TeamsBotDeps,
  context: TurnContext,
  sender?: Outcome<Person>,
  stored?: ConversationLink | null,
): Promise<ConversationLink> {
  const activity = context.activity;
  const kind = conversationKind(activity);
  const person =
    kind === 'personal' ? (sender ?? (await personFromTeams(deps.interactions.stores, context))) : undefined;
  return rememberConversation(
    deps.interactions,
    {
      platform: 'teams',
      conversationId: teamsConversationId(context),
      kind,
      ...(person?.ok ? { personId: person.value._id } : {}),
      address: teamsAddress(activity),
    },
    stored,
  );
}

/** Where the turn came from, exactly (a message in a channel's thread, say), as the platform addresses it. */
function turnAddress(context: TurnContext): Record<string, unknown> {
  const { activityId: _replyTarget, ...reference } = TurnContext.getConversationReference(context.activity);
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}

/** The conversation a turn's link is kept under: a channel's, for a message in one of its threads. */
function teamsConversationId(context: TurnContext): string {
  return channelConversationId(context.activity.conversation.id);
}

/** What to say in a notice's thread: the answer's receipt, or why it was refused (Teams has no private reply there). */
function textOf(outcome: Outcome<string>): string {
  return outcome.ok ? outcome.value : outcome.error.userMessage;
}
