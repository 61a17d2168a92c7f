/**
 * Writes the Teams app package (manifest/build/challenge-day-teams.zip) with this deployment's ids, read
 * from the environment or .env: TEAMS_APP_ID (defaults to MICROSOFT_APP_ID), MICROSOFT_APP_ID and
 * PUBLIC_BASE_URL. Upload the zip in Teams (Apps → Manage your apps → Upload an app).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import dotenv from 'dotenv';
import { teamsAppPackage } from '../src/channels/teams/teams-app-package.js';
import { readConfig } from '../src/config.js';

dotenv.config({ quiet: true });
const config = readConfig(process.env);
const botAppId = config.MICROSOFT_APP_ID;
const publicBaseUrl = config.PUBLIC_BASE_URL;
const missing = [!botAppId && 'MICROSOFT_APP_ID', !publicBaseUrl && 'PUBLIC_BASE_URL'].filter(Boolean);
if (!botAppId || !publicBaseUrl) {
  process.stderr.write(`Set ${missing.join(' and ')} (see .env.example) to build the Teams app package.\n`);
  process.exit(1);
}
const manifestDir = resolve('manifest/teams');
const zip = await teamsAppPackage(manifestDir, {
  teamsAppId: config.TEAMS_APP_ID ?? botAppId,
  botAppId,
  publicBaseUrl,
});
const out = resolve('manifest/build');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'challenge-day-teams.zip'), zip);
process.stdout.write(`Wrote ${join('manifest/build', 'challenge-day-teams.zip')}\n`);
