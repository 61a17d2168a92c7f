import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface SlackManifest {
  features: {
    slash_commands: { command: string; url: string }[];
    app_home: { home_tab_enabled: boolean };
    bot_user: unknown;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string; message_menu_options_url: string };
  };
}

const manifest = parse(readFileSync('manifest/slack-app.yaml', 'utf8')) as SlackManifest;

describe('the Slack app manifest', () => {
  it('declares /challenge, interactivity, the people pickers’ options and App Home, all on the bot’s one endpoint', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/challenge']);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [
      manifest.features.slash_commands[0]?.url,
      manifest.settings.interactivity.request_url,
      manifest.settings.interactivity.message_menu_options_url,
      manifest.settings.event_subscriptions.request_url,
    ];
    expect(urls.every((url) => url?.startsWith('https://'))).toBe(true);
    expect(new Set(urls.map((url) => new URL(url ?? '').pathname))).toEqual(new Set(['/slack/events']));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_home_opened',
      'message.channels',
      'message.im',
    ]);
  });

  it('asks only for the scopes the bot uses', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:read',
      'groups:history',
      'groups:read',
      'im:history',
      'im:write',
      'mpim:history',
      'users:read',
      'users:read.email',
    ]);
  });
});
