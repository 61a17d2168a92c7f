/**
 * Writes the Teams app package (manifest/build/challenge-day-teams.zip) with this deployment's ids, read
 * from the environment or .env: TEAMS_APP_ID (defaults to MICROSOFT_APP_ID), MICROSOFT_APP_ID and
 * PUBLIC_BASE_URL — no password: the package holds no secret. Upload the zip in Teams (Apps → Manage your
 * apps → Upload an app).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import dotenv from 'dotenv';
import { teamsAppPackage } from '../src/channels/teams/teams-app-package.js';
import { teamsPackageSettingsFrom } from '../src/channels/teams/teams-package-settings.js';

dotenv.config({ quiet: true });
const read = teamsPackageSettingsFrom(process.env);
if (!read.ok) {
  process.stderr.write(`${read.problems.join('\n')}\n`);
  process.exit(1);
}
const zip = await teamsAppPackage(resolve('manifest/teams'), read.settings);
const out = resolve('manifest/build');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'challenge-day-teams.zip'), zip);
process.stdout.write(`Wrote ${join('manifest/build', 'challenge-day-teams.zip')}\n`);
