import { configSchema } from '../../config.js';
import type { TeamsPackageSettings } from './teams-app-package.js';

/** Only what the package names: the app package carries no secret, so building it asks for none. */
const packageVariables = configSchema.pick({ MICROSOFT_APP_ID: true, TEAMS_APP_ID: true, PUBLIC_BASE_URL: true });

export type PackageSettingsRead =
  | { readonly ok: true; readonly settings: TeamsPackageSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The ids and public address for the Teams app package, from the environment (or .env): MICROSOFT_APP_ID,
 * PUBLIC_BASE_URL, and TEAMS_APP_ID (the bot's app id when unset). Every problem is listed at once.
 */
export function teamsPackageSettingsFrom(env: Record<string, string | undefined>): PackageSettingsRead {
  const parsed = packageVariables.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`) };
  }
  const { MICROSOFT_APP_ID: botAppId, TEAMS_APP_ID: teamsAppId, PUBLIC_BASE_URL: publicBaseUrl } = parsed.data;
  if (!botAppId || !publicBaseUrl) {
    const missing = [!botAppId && 'MICROSOFT_APP_ID', !publicBaseUrl && 'PUBLIC_BASE_URL'].filter(Boolean);
    return { ok: false, problems: [`Set ${missing.join(' and ')} (see .env.example) to build the Teams app package.`] };
  }
  return { ok: true, settings: { teamsAppId: teamsAppId ?? botAppId, botAppId, publicBaseUrl } };
}
