import { App, ExpressReceiver } from '@slack/bolt';
import type { Router } from 'express';
import { downloadChatFile, PEOPLE_FILE_MAX_BYTES, PEOPLE_FILE_TIMEOUT_MS } from '../download-chat-file.js';
import { lateFailureLogger } from '../late-failure-logger.js';
import { registerAppHome } from './register-app-home.js';
import { registerButtons } from './register-buttons.js';
import { registerFileShares } from './register-file-shares.js';
import { registerModals } from './register-modals.js';
import { registerPeopleSearch } from './register-people-search.js';
import { registerSlashCommand } from './register-slash-command.js';
import { registerThreadReplies } from './register-thread-replies.js';
import type { SlackBotDeps, SlackListenerDeps } from './slack-bot-deps.js';
import { personFromSlack, recogniseSlackSender } from './slack-identity.js';
import { slackUserProfiles } from './slack-user-profile.js';

/**
 * The Slack channel: `/challenge`, buttons, modals, thread replies, files shared in a direct message, App Home
 * and the people pickers' options, each registered by a file of its own, translated to the bot's interactions
 * and back into Block Kit. Acknowledges at once (Slack waits 3 seconds); nothing about a Challenge Day is
 * decided here.
 */
export function createSlackBot(deps: SlackBotDeps): { router: Router | undefined; app: App } {
  const receiver =
    'signingSecret' in deps.connection
      ? new ExpressReceiver({ signingSecret: deps.connection.signingSecret, endpoints: '/slack/events' })
      : undefined;
  const app = new App({
    ...(receiver
      ? { receiver }
      : { socketMode: true, appToken: 'appToken' in deps.connection ? deps.connection.appToken : '' }),
    token: deps.botToken,
    tokenVerificationEnabled: false,
    ...(deps.slackApiUrl ? { clientOptions: { slackApiUrl: deps.slackApiUrl } } : {}),
  });
  const lookUpProfile = slackUserProfiles(deps.botToken, deps.slackApiUrl, deps.logger);
  const listenerDeps: SlackListenerDeps = {
    interactions: deps.interactions,
    identify: (slackUserId) => personFromSlack(deps.interactions.stores, slackUserId),
    recognise: (slackUserId) => recogniseSlackSender({ ...deps, lookUpProfile }, slackUserId),
    lateFailure: lateFailureLogger(deps.logger, 'Slack'),
    answerWaitMs: deps.answerWaitMs,
    downloadFile: (url, declaredBytes) =>
      downloadChatFile(
        { url, bearerToken: deps.botToken, ...(declaredBytes === undefined ? {} : { declaredBytes }) },
        { allowedHosts: deps.fileHosts, maxBytes: PEOPLE_FILE_MAX_BYTES, timeoutMs: PEOPLE_FILE_TIMEOUT_MS },
      ),
  };
  registerSlashCommand(app, listenerDeps);
  registerButtons(app, listenerDeps);
  registerModals(app, listenerDeps);
  registerThreadReplies(app, listenerDeps);
  registerFileShares(app, listenerDeps);
  registerAppHome(app, listenerDeps);
  registerPeopleSearch(app, listenerDeps);
  return { router: receiver ? (receiver.router as Router) : undefined, app };
}
