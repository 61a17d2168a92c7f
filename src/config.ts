import { z } from 'zod/v4';
import { DEFAULT_SERVICE_PRIORITIES } from './domain/challenge-day/service-priorities.js';
import { workEmail } from './domain/people/work-email.js';

/**
 * Every setting the bot reads, in one schema. Secrets and addresses only ever come from the environment
 * (or a local .env file), so the same build runs on a laptop, in CI and in a county's tenant.
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const commaList = optionalText.transform((value) =>
  value === undefined
    ? []
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
);

/** How long a kind of record is kept: a whole number of years or days within sensible bounds. */
function retentionPeriod(unit: 'years' | 'days', min: number, max: number, fallback: number) {
  const message = `must be a whole number of ${unit} from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback);
}

/**
 * Host names separated by commas, each exact or `*.` and a domain; a file sent in chat is downloaded only from
 * one of them. Unset, the platform's own.
 */
function fileHosts(fallback: string) {
  return commaList.pipe(
    z
      .array(z.string().regex(/^(\*\.)?[a-z0-9.-]+$/i, 'must be host names (or *.domain), separated by commas'))
      .transform((hosts) => (hosts.length > 0 ? hosts : [fallback])),
  );
}

/** Work email addresses separated by commas; every one must be an address. */
const emailList = commaList.pipe(z.array(workEmail));

export const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], { error: 'must be development, test or production' })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'must be a whole number between 0 and 65535' })
    .int('must be a whole number between 0 and 65535')
    .min(0, 'must be a whole number between 0 and 65535')
    .max(65535, 'must be a whole number between 0 and 65535')
    .default(3978),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  MONGODB_URI: optionalText.pipe(
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/.+/, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
  ),
  MONGODB_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1–63 letters, digits, _ or -')
    .default('challenge_day'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('data'),
  FERRETDB_BINARY: optionalText,
  SERVICE_PRIORITIES: optionalText.transform((value, ctx) => {
    if (value === undefined) return [...DEFAULT_SERVICE_PRIORITIES];
    const priorities = value
      .split('|')
      .map((item) => item.trim())
      .filter(Boolean);
    if (priorities.length < 1 || priorities.length > 10) {
      ctx.addIssue({ code: 'custom', message: 'must list 1 to 10 priorities separated by |' });
      return z.NEVER;
    }
    return priorities;
  }),
  /**
   * Whoever writes to the bot with one of these work emails and is on no record yet becomes a QA manager,
   * so a county starts from an empty database without anyone editing it.
   */
  BOOTSTRAP_ADMIN_EMAILS: emailList,
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TYPE: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      error: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .default('SingleTenant'),
  MICROSOFT_APP_TENANT_ID: optionalText,
  TEAMS_ALLOWED_TENANT_IDS: commaList,
  BOT_OPENID_METADATA_URL: optionalText.pipe(z.url({ error: 'must be a URL' }).optional()),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', 'must be a bot token (xoxb-…)').optional()),
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'must be an app-level token (xapp-…)').optional()),
  SLACK_SOCKET_MODE: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  SLACK_ALLOWED_TEAM_IDS: commaList,
  SLACK_API_URL: optionalText.pipe(z.url({ error: 'must be a URL' }).optional()),
  /**
   * Installing the bot's Teams app for a person it cannot reach otherwise, through Microsoft Graph: on when
   * the app's id in the organisation's catalog is given, with an app registration allowed to do it.
   */
  GRAPH_CATALOG_APP_ID: optionalText,
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_API_URL: optionalText.pipe(z.url({ error: 'must be a URL' }).default('https://graph.microsoft.com/v1.0')),
  GRAPH_LOGIN_URL: optionalText.pipe(z.url({ error: 'must be a URL' }).default('https://login.microsoftonline.com')),
  /** Where a people file shared with the bot in Slack may be downloaded from (with the bot token). */
  SLACK_FILE_HOSTS: fileHosts('files.slack.com'),
  /** Where a people file sent to the bot in Teams may be downloaded from (OneDrive, on SharePoint). */
  TEAMS_FILE_HOSTS: fileHosts('*.sharepoint.com'),
  REPORT_LINK_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  TEAMS_APP_ID: optionalText.pipe(z.uuid({ error: 'must be a GUID' }).optional()),
  PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
  REMINDER_DAYS_BEFORE: z.coerce
    .number({ error: 'must be a whole number of working days' })
    .int('must be a whole number of working days')
    .min(0, 'must be 0 (no reminder before the due date) or more')
    .max(20, 'must be at most 20 working days')
    .default(3),
  ESCALATION_WORKING_DAYS: z.coerce
    .number({ error: 'must be a whole number of working days' })
    .int('must be a whole number of working days')
    .min(1, 'must be at least 1 working day')
    .max(60, 'must be at most 60 working days')
    .default(5),
  /** Requests each read API client may make a minute, counted per instance (see the README's API section). */
  API_REQUESTS_PER_MINUTE: z.coerce
    .number({ error: 'must be a whole number of requests' })
    .int('must be a whole number of requests')
    .min(1, 'must be at least 1')
    .max(1_000_000, 'must be at most 1000000')
    .default(120),
  SHUTDOWN_GRACE_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must not be negative')
    .max(60_000, 'must be at most 60000 (platforms stop waiting long before that)')
    .default(8_000),
  /**
   * How long a person who typed a message waits before being told something: a question still being worked
   * out then gets "working on it" and its answer later. Platforms give about 4 s; lower only to see it happen.
   */
  ANSWER_WAIT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(1, 'must be at least 1')
    .max(4_000, 'must be at most 4000 (Teams and Slack stop waiting soon after)')
    .default(4_000),
  /** How long a webhook receiver has to answer before the post is counted as failed and tried again later. */
  WEBHOOK_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(100, 'must be at least 100')
    .max(60_000, 'must be at most 60000')
    .default(10_000),
  RETENTION_CASE_FINDINGS_YEARS: retentionPeriod('years', 1, 100, 6),
  RETENTION_REPORTS_YEARS: retentionPeriod('years', 1, 100, 6),
  RETENTION_NOTICE_REPLIES_DAYS: retentionPeriod('days', 30, 36_500, 365),
  RETENTION_OUTBOX_DAYS: retentionPeriod('days', 14, 36_500, 90),
  RETENTION_DONE_WORK_DAYS: retentionPeriod('days', 7, 36_500, 90),
  RETENTION_AUDIT_EVENTS_YEARS: retentionPeriod('years', 1, 100, 7),
});

export type Config = z.infer<typeof configSchema>;

/** Start-up cannot go on: the message names every variable that is missing or wrong, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly { variable: string; problem: string }[]) {
    super(
      [
        'The bot cannot start: its configuration has problems.',
        ...problems.map(({ variable, problem }) => `  - ${variable}: ${problem}`),
        'Set these in the environment or in a .env file (see .env.example).',
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment; throws ConfigError listing every problem at once. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues).map((issue) => ({
      variable: String(issue.path[0] ?? '(unknown)'),
      problem: issue.message,
    })),
    ...problemsBetweenVariables(env),
  ];
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new ConfigError(problems);
}

/** Rules that tie one variable to another; checked on the raw values so every problem is listed at once. */
function problemsBetweenVariables(env: Record<string, string | undefined>) {
  const problems: { variable: string; problem: string }[] = [];
  // The embedded server is for trying the bot and for tests; a county's records belong on a managed,
  // backed-up MongoDB, so production refuses to start without one.
  if (env.NODE_ENV === 'production' && !env.MONGODB_URI?.trim()) {
    problems.push({
      variable: 'MONGODB_URI',
      problem: 'is required when NODE_ENV=production (the embedded database is for trying the bot only)',
    });
  }
  // Report links are signed with this secret: a production bot must keep it across restarts and share it
  // between instances, so it cannot make one up for itself.
  if (env.NODE_ENV === 'production' && !env.REPORT_LINK_SECRET?.trim()) {
    problems.push({
      variable: 'REPORT_LINK_SECRET',
      problem:
        'is required when NODE_ENV=production: at least 32 random characters, the same for every instance (it signs report links)',
    });
  }
  // An audit event says who saw or changed a record, so it is kept at least as long as the record it describes.
  const years = (variable: string, fallback: number) => Number(env[variable]?.trim() || fallback);
  const longestRecordYears = Math.max(years('RETENTION_CASE_FINDINGS_YEARS', 6), years('RETENTION_REPORTS_YEARS', 6));
  if (years('RETENTION_AUDIT_EVENTS_YEARS', 7) < longestRecordYears) {
    problems.push({
      variable: 'RETENTION_AUDIT_EVENTS_YEARS',
      problem: `must be at least ${longestRecordYears}, the longest that findings or reports are kept`,
    });
  }
  // With an app id the bot authenticates to Teams, which needs a secret (or a managed identity) and, for
  // single-tenant and managed-identity registrations, the tenant.
  const appType = env.MICROSOFT_APP_TYPE?.trim() || 'SingleTenant';
  if (env.MICROSOFT_APP_ID?.trim()) {
    if (appType !== 'UserAssignedMSI' && !env.MICROSOFT_APP_PASSWORD?.trim()) {
      problems.push({
        variable: 'MICROSOFT_APP_PASSWORD',
        problem: `is required with MICROSOFT_APP_ID for a ${appType} bot`,
      });
    }
    if (appType !== 'MultiTenant' && !env.MICROSOFT_APP_TENANT_ID?.trim()) {
      problems.push({
        variable: 'MICROSOFT_APP_TENANT_ID',
        problem: `is required with MICROSOFT_APP_ID for a ${appType} bot`,
      });
    }
  }
  // Installing the Teams app for people needs the app registration that Graph lets do it.
  if (env.GRAPH_CATALOG_APP_ID?.trim()) {
    for (const variable of ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'] as const) {
      if (!env[variable]?.trim()) problems.push({ variable, problem: 'is required with GRAPH_CATALOG_APP_ID' });
    }
  }
  // Slack is on when it has a bot token; then requests must be verified, and Socket Mode needs its own token.
  if (env.SLACK_BOT_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim() && env.SLACK_SOCKET_MODE?.trim() !== 'true') {
    problems.push({
      variable: 'SLACK_SIGNING_SECRET',
      problem: 'is required with SLACK_BOT_TOKEN, to verify every request',
    });
  }
  if (env.SLACK_SOCKET_MODE?.trim() === 'true' && !env.SLACK_APP_TOKEN?.trim()) {
    problems.push({ variable: 'SLACK_APP_TOKEN', problem: 'is required when SLACK_SOCKET_MODE=true' });
  }
  return problems;
}
