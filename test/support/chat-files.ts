import type { SlackScene, TeamsScene } from './scene.js';
import { TEAM_ID } from './slack-requests.js';
import { message, postActivity, type TeamsConversation, type TeamsUser } from './teams-activities.js';

/** A file attached in a Teams personal chat, as Teams posts it to a bot whose manifest says supportsFiles. */
export function fileAttachedInTeams(
  scene: TeamsScene,
  who: TeamsUser,
  chat: TeamsConversation,
  name: string,
  downloadUrl: string,
) {
  return postActivity(scene.running.baseUrl, {
    ...message(scene.connector.serviceUrl, chat, who, ''),
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: `https://derbyshire-my.sharepoint.com/personal/${encodeURIComponent(name)}`,
        name,
        content: { downloadUrl, uniqueId: 'a1b2c3d4', fileType: name.split('.').at(-1) },
      },
    ],
  });
}

/** A `message` event with subtype file_share, as Slack sends it (event `message.im`, or `message.channels`). */
export function fileSharedInSlack(
  scene: SlackScene,
  user: string,
  channel: string,
  file: Record<string, unknown>,
  channelType = 'im',
) {
  const body = JSON.stringify({
    token: 'deprecated',
    team_id: TEAM_ID,
    api_app_id: 'A-CHALLENGE',
    type: 'event_callback',
    event_id: `Ev${Date.now()}${Math.random().toString(36).slice(2, 8)}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'message',
      subtype: 'file_share',
      channel,
      channel_type: channelType,
      user,
      text: '',
      ts: `${Date.now() / 1000}`,
      event_ts: `${Date.now() / 1000}`,
      files: [file],
    },
  });
  return scene.post({ body, contentType: 'application/json' });
}

/** The value of the Slack button that names a verb, as Slack sends it back when pressed. */
export function slackButtonValue(blocks: unknown, verb: string): string {
  const found = JSON.stringify(blocks).match(/"value":"((?:[^"\\]|\\.)*)"/g) ?? [];
  const values = found.map((entry) => JSON.parse(`{${entry}}`) as { value: string });
  const value = values.map((entry) => entry.value).find((candidate) => candidate.includes(verb));
  if (!value) throw new Error(`no ${verb} button`);
  return value;
}
