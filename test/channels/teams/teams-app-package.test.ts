import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { teamsAppPackage, teamsManifest } from '../../../src/channels/teams/teams-app-package.js';

const manifestDir = resolve('manifest/teams');
const settings = {
  teamsAppId: '6f1c2a9e-4b7d-4c21-9a55-0d3e8f1b2c44',
  botAppId: 'a3d5e7f9-1b2c-4d6e-8f0a-1c3e5a7b9d11',
  publicBaseUrl: 'https://challenge-day.example.gov.uk',
};

/** The newest Teams manifest schema bundled with @microsoft/app-manifest: validation runs offline. */
function bundledSchema(version: string) {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
}

function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the Teams app package', () => {
  it('has a manifest that validates against the bundled Teams schema, with the ids filled in', async () => {
    const manifest = teamsManifest(manifestDir, settings);
    expect(manifest.manifestVersion).toBe('1.30');
    const errors = await AppManifestUtils.validateAgainstSchema(manifest as never, bundledSchema('1.30') as never);
    expect(errors).toEqual([]);
    expect(manifest).toMatchObject({
      id: settings.teamsAppId,
      // supportsFiles: a QA manager sends the bot a people file in their personal chat
      bots: [{ botId: settings.botAppId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true }],
      validDomains: ['challenge-day.example.gov.uk'],
    });
  });

  it('asks, on install in a team, for consent to read its channel messages, so an answer in a notice’s thread needs no @mention', async () => {
    const manifest = teamsManifest(manifestDir, settings);
    expect(manifest).toMatchObject({
      webApplicationInfo: { id: settings.botAppId },
      authorization: {
        permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] },
      },
    });
    const zip = await JSZip.loadAsync(await teamsAppPackage(manifestDir, settings));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toMatchObject({
      authorization: { permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group' }] } },
    });
  });

  it('zips the manifest with a 192×192 colour icon and a 32×32 outline icon', async () => {
    const zip = await JSZip.loadAsync(await teamsAppPackage(manifestDir, settings));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(await zip.file('color.png')!.async('nodebuffer'))).toEqual([192, 192]);
    expect(pngSize(await zip.file('outline.png')!.async('nodebuffer'))).toEqual([32, 32]);
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toEqual(teamsManifest(manifestDir, settings));
  });

  it('is refused by the schema when a required field is missing, so the test can tell a bad manifest', async () => {
    const { description: _description, ...broken } = teamsManifest(manifestDir, settings);
    const errors = await AppManifestUtils.validateAgainstSchema(broken as never, bundledSchema('1.30') as never);
    expect(errors.join('\n')).toMatch(/description/);
  });
});
