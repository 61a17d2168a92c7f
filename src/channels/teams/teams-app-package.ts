import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

export interface TeamsPackageSettings {
  /** The Teams app's own id (a GUID); it may be the same as the bot's app id. */
  readonly teamsAppId: string;
  /** The Azure Bot registration's Microsoft app id. */
  readonly botAppId: string;
  /** Where the bot is reached, e.g. https://challenge-day.example.gov.uk */
  readonly publicBaseUrl: string;
}

/** Fills the manifest template in manifest/teams with this deployment's ids. */
export function teamsManifest(manifestDir: string, settings: TeamsPackageSettings): Record<string, unknown> {
  const template = readFileSync(join(manifestDir, 'manifest.template.json'), 'utf8');
  const filled = template
    .replaceAll('{{TEAMS_APP_ID}}', settings.teamsAppId)
    .replaceAll('{{MICROSOFT_APP_ID}}', settings.botAppId)
    .replaceAll('{{PUBLIC_BASE_URL}}', settings.publicBaseUrl.replace(/\/$/, ''))
    .replaceAll('{{BOT_DOMAIN}}', new URL(settings.publicBaseUrl).host);
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The app package Teams admins upload: the manifest and its two icons, zipped. */
export async function teamsAppPackage(manifestDir: string, settings: TeamsPackageSettings): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(teamsManifest(manifestDir, settings), null, 2));
  zip.file('color.png', readFileSync(join(manifestDir, 'color.png')));
  zip.file('outline.png', readFileSync(join(manifestDir, 'outline.png')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
