import { parseArgs } from 'node:util';
import { z } from 'zod/v4';
import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';
import { playgroundConfigAs, type PlaygroundConfig } from './playground-config.js';

/** Who the playground makes you when `--as` is not given: the demo's QA manager. */
export const PLAYGROUND_DEFAULT_PERSON = 'Priya Patel';

/** The bot's port as `npm start` reads it (PORT, 3978 when unset); 0 picks a free one nobody can guess. */
const botPort = z.coerce.number().int().min(1).max(65535);

export interface PlaygroundLaunch {
  /** The configuration to start the playground with (its mock tenant, with you as `currentUser`). */
  readonly config: PlaygroundConfig;
  /** The `agentsplayground` command's arguments. */
  readonly args: readonly string[];
}

/**
 * What `npm run playground [-- --as "Martin Cole"]` starts: the Agents Playground pointed at the bot's
 * port from the environment, as the demo person named, with its telemetry off (`--disable-telemetry`).
 */
export function playgroundLaunch(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): Outcome<PlaygroundLaunch> {
  let asked: string;
  try {
    const { values } = parseArgs({ args: [...argv], options: { as: { type: 'string' } }, strict: true });
    asked = values.as ?? PLAYGROUND_DEFAULT_PERSON;
  } catch (error) {
    return refuse('invalid_input', `${(error as Error).message}. Use: npm run playground -- --as "Martin Cole"`);
  }
  const port = botPort.safeParse(env.PORT?.trim() || '3978');
  if (!port.success) {
    return refuse(
      'invalid_input',
      `PORT is "${env.PORT ?? ''}": the playground needs the bot’s own port (1–65535), the one it listens on.`,
    );
  }
  const config = playgroundConfigAs(asked);
  if (!config.ok) return config;
  return succeed({
    config: config.value,
    args: ['-e', `http://localhost:${port.data}/api/messages`, '-c', 'msteams', '--disable-telemetry'],
  });
}
