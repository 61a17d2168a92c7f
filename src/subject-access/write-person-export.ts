import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordsNamingPerson } from '../store/records-naming-person.js';
import { personExportHtml } from './person-export-html.js';

/**
 * Writes everything held about one person into a folder, as JSON (every record as stored, for another
 * system) and as one self-contained HTML page (for the person). Returns the paths written.
 */
export async function writePersonExport(
  records: RecordsNamingPerson,
  folder: string,
  gatheredAt: Date,
): Promise<{ json: string; html: string }> {
  await mkdir(folder, { recursive: true });
  const stamp = gatheredAt.toISOString().replace(/[:.]/g, '-');
  const base = join(folder, `person-${records.personId.replace(/[^A-Za-z0-9._-]/g, '_')}-${stamp}`);
  const json = `${base}.json`;
  const html = `${base}.html`;
  await writeFile(json, `${JSON.stringify({ gatheredAt, ...records }, null, 2)}\n`, { flag: 'wx' });
  await writeFile(html, personExportHtml(records, gatheredAt), { flag: 'wx' });
  return { json, html };
}
