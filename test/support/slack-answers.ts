import { expect } from 'vitest';
import type { SlackScene } from './scene.js';
import { slashCommand } from './slack-requests.js';

/** A modal the bot opened, as the fake Slack Web API received it. */
export interface ModalView {
  private_metadata: string;
  blocks: { type: string; block_id?: string; element?: { type: string; action_id?: string; initial_value?: string } }[];
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

/**
 * A slash command that may answer through its response URL or open a modal: waits for either, and returns the
 * answer when there is one (a form opens as a modal, with no answer).
 */
export async function answerOrModalToSlashCommand(
  scene: Pick<SlackScene, 'slack' | 'post'>,
  user: string,
  text: string,
  name: string,
): Promise<Record<string, unknown> | undefined> {
  const modals = scene.slack.callsOf('views.open').length;
  expect((await scene.post(slashCommand(user, `D-${user}`, text, scene.slack.responseUrl(name)))).status).toBe(200);
  await expect
    .poll(
      () =>
        scene.slack.responses.some((response) => response.path.endsWith(`/${name}`)) ||
        scene.slack.callsOf('views.open').length > modals,
    )
    .toBe(true);
  return scene.slack.responses.find((response) => response.path.endsWith(`/${name}`))?.body;
}
