import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import type { Express } from 'express';
import { createTeamsAdapter } from './channels/teams/teams-adapter.js';
import { createTeamsBot } from './channels/teams/teams-bot.js';
import { teamsRoutes } from './channels/teams/teams-routes.js';
import { graphAppInstallerFor } from './channels/teams/graph-app-installer.js';
import { TeamsSender } from './channels/teams/teams-sender.js';
import { teamsUserIdsFrom } from './channels/teams/teams-viewer-refresh.js';
import { createSlackBot } from './channels/slack/slack-bot.js';
import { slackRoutes } from './channels/slack/slack-routes.js';
import { SlackSender } from './channels/slack/slack-sender.js';
import type { Config } from './config.js';
import { apiRoutes } from './http/api/api-routes.js';
import { healthRoutes } from './http/health-routes.js';
import { ExportLinks } from './http/export-links.js';
import { exportRoutes } from './http/export-routes.js';
import { FigureLinks } from './http/figure-links.js';
import type { FiguresToken } from './domain/performance/figures-token.js';
import { FiguresCache } from './figures/figures-cache.js';
import { loadFigures } from './figures/load-figures.js';
import { figureRoutes } from './http/figure-routes.js';
import { ProgrammeLinks } from './http/programme-links.js';
import { programmeRoutes } from './http/programme-routes.js';
import { ReportLinks } from './http/report-links.js';
import { reportLinkSecret } from './http/report-link-secret.js';
import { reportRoutes } from './http/report-routes.js';
import { createHttpApp } from './http/http-app.js';
import type { InteractionDeps } from './interactions/interaction-deps.js';
import { renderNotification } from './interactions/render-notification.js';
import { SuggestedQuestionSeal } from './interactions/suggested-question-seal.js';
import { renderActionCopy } from './interactions/render-action-copy.js';
import { runDueWork } from './jobs/due-work-runner.js';
import { sendNoticeWhenDue } from './jobs/send-notice.js';
import { chasingHandlers, chasingRules } from './jobs/chasing-handlers.js';
import { planScheduledWork } from './jobs/plan-scheduled-work.js';
import { planProgrammeReminders } from './jobs/plan-programme-reminders.js';
import { sendProgrammeReminderWhenDue } from './jobs/send-programme-reminder.js';
import { dailyPurgeSchedule, purgeRecordsWhenDue, retentionPeriods } from './jobs/purge-records.js';
import type { Logger } from './logger.js';
import { createOutboxWorker, type OutboxWorker } from './outbox/outbox-worker.js';
import type { PacingClock } from './outbox/pacing-clock.js';
import { WebhookSender } from './outbox/webhook-sender.js';
import { retryNewlyIdentified } from './outbox/retry-newly-identified.js';
import { createStores, ensureIndexes, type Stores } from './store/stores.js';

export interface Bot {
  readonly http: Express;
  /** Opens what must be opened after the HTTP server starts: the Slack Socket Mode connection, if chosen. */
  connect(): Promise<void>;
  readonly stores: Stores;
  readonly outbox: OutboxWorker;
  /**
   * One tick of the clock: plan the periodic work, run the work that is due, then send what is ready.
   * Once `stopping` is aborted it takes on no more work and leaves sending to the outbox run in progress.
   */
  tick(stopping?: AbortSignal): Promise<void>;
}

/**
 * Builds the bot from its parts: the stores, the channels, the outbox and the due-work runner, and the
 * one HTTP app they are mounted on. `main.ts` starts it; tests build the same thing against a test database.
 */
export async function buildBot(options: {
  config: Config;
  db: Db;
  logger: Logger;
  isDatabaseAnswering: () => Promise<boolean>;
  now?: () => Date;
  /** The folder for the bot's local files (DATA_DIR, resolved): where development keeps its link secret. */
  dataDir?: string;
  /** The time the outbox paces its calls by; the system clock unless a test gives a virtual one. */
  pacingClock?: PacingClock;
}): Promise<Bot> {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const instanceId = `instance-${randomUUID()}`;
  const stores = createStores(options.db);
  await ensureIndexes(stores);
  // Actions stored before they had short references get theirs before anyone can ask for one.
  await stores.actions.backfillReferences();
  // The lists find actions by whether they are outstanding, stored beside each since this version.
  await stores.actions.backfillOutstanding();
  // A new county starts with a sensible vocabulary of learning themes; QA managers change it in chat.
  await stores.themes.seedDefaults(now());

  const teamsAdapter = createTeamsAdapter(config);
  teamsAdapter.onTurnError = async (context, error) => {
    logger.error({ error: error instanceof Error ? error.message : String(error) }, 'Teams turn failed');
    await context
      .sendActivity('Something went wrong on our side. Please try again; the QA team has been told.')
      .catch(() => undefined);
  };
  // Without a configured secret or a data folder to keep one in (tests), links and suggested-question buttons
  // work until the bot stops.
  const linkSecret = options.dataDir
    ? reportLinkSecret(config.REPORT_LINK_SECRET, options.dataDir)
    : (config.REPORT_LINK_SECRET ?? randomBytes(32).toString('hex'));
  const publicBaseUrl = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
  const reportLinks = new ReportLinks(linkSecret, publicBaseUrl);
  const exportLinks = new ExportLinks(linkSecret, publicBaseUrl);
  const figureLinks = new FigureLinks(linkSecret, publicBaseUrl);
  const programmeLinks = new ProgrammeLinks(linkSecret, publicBaseUrl);
  const figuresCache = new FiguresCache();
  const figuresFor = (token: FiguresToken) => figuresCache.figuresFor(token, () => loadFigures(stores, token));
  const outbox = createOutboxWorker({
    stores,
    senders: {
      teams: new TeamsSender(
        teamsAdapter.credentialsFactory,
        config.MICROSOFT_APP_ID ?? '',
        graphAppInstallerFor(config),
        teamsUserIdsFrom(stores),
      ),
      ...(config.SLACK_BOT_TOKEN ? { slack: SlackSender.create(config.SLACK_BOT_TOKEN, config.SLACK_API_URL) } : {}),
    },
    webhooks: new WebhookSender({ timeoutMs: config.WEBHOOK_TIMEOUT_MS }),
    render: (notification) => renderNotification(stores, notification, now()),
    logger,
    owner: instanceId,
    now,
    ...(options.pacingClock ? { pacingClock: options.pacingClock } : {}),
  });
  const interactions: InteractionDeps = {
    stores,
    servicePriorities: config.SERVICE_PRIORITIES,
    now,
    deliver: (deliveries) => outbox.deliver(deliveries),
    announce: (districtId, build) => outbox.announce(districtId, build),
    retryUndelivered: (chat) => outbox.retryUndelivered(chat),
    refreshDelivered: (key, notification) => outbox.refresh(key, notification),
    refreshActionCopies: (actionId) =>
      outbox.refreshAboutAction(actionId, (notification, recipientId) =>
        renderActionCopy(stores, notification, recipientId, now()),
      ),
    reportLinkFor: (reportId, personId) => reportLinks.linkFor(reportId, personId, now()),
    exportLinksFor: (token, personId) => exportLinks.linksFor(token, personId, now()),
    figuresFor,
    figureLinksFor: (token, charts, personId) => figureLinks.linksFor(token, charts, personId, now()),
    programmePictureUrl: (year) => programmeLinks.pictureUrl(year, now()),
    // The report links' secret, under another purpose: a suggestion's seal is never a link's signature.
    suggestedQuestions: new SuggestedQuestionSeal(linkSecret),
  };
  const handleTeamsTurn = createTeamsBot({
    adapter: teamsAdapter,
    appId: config.MICROSOFT_APP_ID ?? '',
    interactions,
    bootstrapAdminEmails: config.BOOTSTRAP_ADMIN_EMAILS,
    fileHosts: config.TEAMS_FILE_HOSTS,
    answerWaitMs: config.ANSWER_WAIT_MS,
    replaceCard: (replacement) => outbox.replaceCard(replacement),
    logger,
  });

  const slackConnection = config.SLACK_SOCKET_MODE
    ? config.SLACK_APP_TOKEN && { appToken: config.SLACK_APP_TOKEN }
    : config.SLACK_SIGNING_SECRET && { signingSecret: config.SLACK_SIGNING_SECRET };
  const slack =
    config.SLACK_BOT_TOKEN && slackConnection
      ? createSlackBot({
          connection: slackConnection,
          botToken: config.SLACK_BOT_TOKEN,
          ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
          interactions,
          bootstrapAdminEmails: config.BOOTSTRAP_ADMIN_EMAILS,
          fileHosts: config.SLACK_FILE_HOSTS,
          answerWaitMs: config.ANSWER_WAIT_MS,
          logger,
        })
      : undefined;

  const http = createHttpApp({
    logger,
    routers: [
      healthRoutes(options.isDatabaseAnswering),
      reportRoutes({ stores, links: reportLinks, now, logger }),
      exportRoutes({ stores, links: exportLinks, now, logger }),
      apiRoutes({ stores, now, logger, requestsPerMinute: config.API_REQUESTS_PER_MINUTE }),
      // Before the figures' routes, which refuse any other picture under /charts/.
      programmeRoutes({ stores, links: programmeLinks, now, logger }),
      figureRoutes({ stores, links: figureLinks, figuresFor, now, logger }),
      teamsRoutes({
        adapter: teamsAdapter,
        handleTurn: handleTeamsTurn,
        allowedTenantIds: config.TEAMS_ALLOWED_TENANT_IDS,
        logger,
      }),
      ...(slack?.router
        ? [slackRoutes({ receiverRouter: slack.router, allowedTeamIds: config.SLACK_ALLOWED_TEAM_IDS, logger })]
        : []),
    ],
  });

  const dueWork = {
    stores,
    handlers: {
      notice: sendNoticeWhenDue(stores, logger),
      purge: purgeRecordsWhenDue(stores, retentionPeriods(config), logger),
      programme_reminder: sendProgrammeReminderWhenDue(stores, logger),
      ...chasingHandlers(stores, chasingRules(config), logger),
    },
    logger,
    owner: instanceId,
  };
  const purgeSchedule = dailyPurgeSchedule(stores);
  return {
    http,
    connect: async () => {
      if (slack && !slack.router) await slack.app.start();
    },
    stores,
    outbox,
    tick: async (stopping) => {
      await purgeSchedule.schedule(now());
      await planScheduledWork(stores, now());
      await planProgrammeReminders(stores, now());
      await runDueWork(dueWork, now, stopping);
      await retryNewlyIdentified(stores, now());
      if (!stopping?.aborted) await outbox.kick();
    },
  };
}
