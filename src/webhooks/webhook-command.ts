import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { newId } from '../domain/shared/new-id.js';
import { readSubscriptionRequest } from '../domain/webhooks/subscription-request.js';
import { receiverLabel, type WebhookSubscription } from '../domain/webhooks/webhook-subscription.js';
import type { Stores } from '../store/stores.js';

/**
 * Who manages webhooks from the command line (`npm run api:webhook`). Whoever can run a command on the bot's
 * server administers it; its id says in the audit trail where the change came from.
 */
export const WEBHOOK_COMMAND_ACTOR_ID = 'system:webhook-command';

export const WEBHOOK_USAGE = `Usage:
  npm run api:webhook -- add <https URL> --events <type,type,…> --districts <all | "Name;Name">
  npm run api:webhook -- list
  npm run api:webhook -- disable <id>
  npm run api:webhook -- remove <id>
`;

/** What the command printed, and how it ended (0 done, 1 refused, 2 not understood). */
export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const done = (stdout: string): CommandResult => ({ exitCode: 0, stdout, stderr: '' });
const refused = (stderr: string): CommandResult => ({ exitCode: 1, stdout: '', stderr: `${stderr}\n` });
const notUnderstood = (): CommandResult => ({ exitCode: 2, stdout: '', stderr: WEBHOOK_USAGE });

/** Runs `api:webhook` with the words after `--`. */
export async function runWebhookCommand(
  stores: Pick<Stores, 'webhookSubscriptions' | 'districts'>,
  args: readonly string[],
  now: Date,
): Promise<CommandResult> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch {
    return notUnderstood();
  }
  const [verb, target, ...rest] = parsed.positionals;
  const by = { actorId: WEBHOOK_COMMAND_ACTOR_ID, commandId: newId('cli'), at: now };
  switch (verb) {
    case 'add': {
      if (!target || rest.length > 0 || !parsed.values.events || !parsed.values.districts) return notUnderstood();
      const terms = readSubscriptionRequest(
        { url: target, events: parsed.values.events, districts: parsed.values.districts },
        await stores.districts.all(),
      );
      if (!terms.ok) return refused(terms.error.userMessage);
      const subscription: WebhookSubscription = {
        _id: newId('webhook'),
        ...terms.value,
        // Standard Webhooks' form: the prefix, then a random 32-byte key in base64.
        secret: `whsec_${randomBytes(32).toString('base64')}`,
        status: 'active',
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await stores.webhookSubscriptions.add(subscription, by);
      return done(
        `Webhook ${subscription._id} added: ${receiverLabel(subscription.url)}\n` +
          `Signing secret (shown this once; keep it where the receiver can read it):\n${subscription.secret}\n`,
      );
    }
    case 'list': {
      if (target) return notUnderstood();
      const subscriptions = await stores.webhookSubscriptions.all();
      if (subscriptions.length === 0) return done('No webhooks.\n');
      const names = new Map((await stores.districts.all()).map((district) => [district._id, district.name]));
      return done(subscriptions.map((subscription) => describe(subscription, names)).join(''));
    }
    case 'disable': {
      if (!target || rest.length > 0) return notUnderstood();
      const disabled = await stores.webhookSubscriptions.disable(target, 'disabled from the command line', by);
      return disabled ? done(`Webhook ${target} is disabled: nothing more is sent to it.\n`) : noSuch(target);
    }
    case 'remove': {
      if (!target || rest.length > 0) return notUnderstood();
      return (await stores.webhookSubscriptions.remove(target, by))
        ? done(`Webhook ${target} removed: nothing more is sent to it.\n`)
        : noSuch(target);
    }
    default:
      return notUnderstood();
  }
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: { events: { type: 'string' }, districts: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
}

function noSuch(id: string): CommandResult {
  return refused(`There is no webhook ${id}: \`npm run api:webhook -- list\` shows their ids.`);
}

/** One subscription as `list` shows it; never its secret. */
function describe(subscription: WebhookSubscription, names: ReadonlyMap<string, string>): string {
  const districts =
    subscription.districtIds === 'all'
      ? 'all districts'
      : subscription.districtIds.map((id) => names.get(id) ?? id).join('; ');
  const status =
    subscription.status === 'active' ? 'active' : `disabled (${subscription.disabledReason ?? 'no reason given'})`;
  return (
    `${subscription._id}  ${status}\n` +
    `  ${receiverLabel(subscription.url)}\n` +
    `  events: ${subscription.events.join(', ')}\n` +
    `  districts: ${districts}\n`
  );
}
