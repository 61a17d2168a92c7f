import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { teamsPackageSettingsFrom } from '../../../src/channels/teams/teams-package-settings.js';

const botAppId = 'a3d5e7f9-1b2c-4d6e-8f0a-1c3e5a7b9d11';
const publicBaseUrl = 'https://challenge-day.example.gov.uk';

describe('building the Teams app package', () => {
  it('needs only the bot’s app id and the public address, not the app password or tenant', () => {
    expect(teamsPackageSettingsFrom({ MICROSOFT_APP_ID: botAppId, PUBLIC_BASE_URL: publicBaseUrl })).toEqual({
      ok: true,
      settings: { teamsAppId: botAppId, botAppId, publicBaseUrl },
    });
  });

  it('names what is missing, and a Teams app id that is not a GUID', () => {
    expect(teamsPackageSettingsFrom({})).toEqual({
      ok: false,
      problems: ['Set MICROSOFT_APP_ID and PUBLIC_BASE_URL (see .env.example) to build the Teams app package.'],
    });
    const wrong = teamsPackageSettingsFrom({
      MICROSOFT_APP_ID: botAppId,
      PUBLIC_BASE_URL: publicBaseUrl,
      TEAMS_APP_ID: 'not-a-guid',
    });
    expect(wrong).toEqual({ ok: false, problems: ['TEAMS_APP_ID must be a GUID'] });
  });

  it('npm run manifest:teams writes the package with no password set', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'teams-package-'));
    const projectDir = resolve('.');
    // Run from an empty folder holding only the manifest template, so no .env of the checkout is read.
    cpSync(join(projectDir, 'manifest/teams'), join(folder, 'manifest/teams'), { recursive: true });
    const env = { PATH: process.env.PATH, MICROSOFT_APP_ID: botAppId, PUBLIC_BASE_URL: publicBaseUrl };
    const { stdout } = await promisify(execFile)(
      join(projectDir, 'node_modules/.bin/tsx'),
      [join(projectDir, 'scripts/teams-manifest.ts')],
      { cwd: folder, env },
    );
    expect(stdout).toContain('manifest/build/challenge-day-teams.zip');
    const zip = await JSZip.loadAsync(readFileSync(join(folder, 'manifest/build/challenge-day-teams.zip')));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as { id?: string };
    expect(manifest.id).toBe(botAppId);
  });
});
