import { App, ExpressReceiver } from '@slack/bolt';

/**
 * The baseline for Slack: a bare Bolt app on the same receiver the bot uses (ExpressReceiver, which checks
 * the request signature) that only acknowledges a view submission. Like the bot, it reaches the Web API
 * fake: Bolt asks `auth.test` who it is once, before its first event.
 */
const receiver = new ExpressReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
});
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN ?? '',
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
});
app.view({ type: 'view_submission' }, async ({ ack }) => {
  await ack();
});
const server = await app.start({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.({ kind: 'listening' });
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
