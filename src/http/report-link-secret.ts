import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data folder that keeps a development bot's report-link secret. */
export const KEPT_SECRET_FILE = 'report-link-secret';

/**
 * The secret report links are signed with: the configured one, or — when none is configured, which only
 * development allows — one generated once and kept in the data folder, so that links made before a restart
 * still open after it. The file is readable by its owner only.
 */
export function reportLinkSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, KEPT_SECRET_FILE);
  const kept = readKept(file);
  if (kept) return kept;
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails if another process wrote the file first; then its secret is the one to share.
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const written = readKept(file);
  if (!written) throw new Error(`The report-link secret kept in ${file} is empty or too short; delete the file.`);
  return written;
}

function readKept(file: string): string | undefined {
  try {
    const secret = readFileSync(file, 'utf8').trim();
    return secret.length >= 32 ? secret : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
