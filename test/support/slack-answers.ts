import { expect } from 'vitest';
import type { SlackScene } from './scene.js';
import { slashCommand } from './slack-requests.js';

/** A modal the bot opened, as the fake Slack Web API received it. */
export interface ModalView {
  private_metadata: string;
  blocks: { type: string; block_id?: string; element?: { type: string; action_id?: string } }[];
}

/** The modal the bot opened last. */
export function lastModalOpened(scene: Pick<SlackScene, 'slack'>): ModalView {
  return scene.slack.callsOf('views.open').at(-1)?.args.view as ModalView;
}

/** What the bot answered a slash command with, through its response URL (named `name` to find it again). */
export async function answerToSlashCommand(
  scene: Pick<SlackScene, 'slack' | 'post'>,
  user: string,
  text: string,
  name: string,
): Promise<Record<string, unknown>> {
  await scene.post(slashCommand(user, `D-${user}`, text, scene.slack.responseUrl(name)));
  await expect.poll(() => scene.slack.responses.some((response) => response.path.endsWith(name))).toBe(true);
  return scene.slack.responses.find((response) => response.path.endsWith(name))?.body ?? {};
}
