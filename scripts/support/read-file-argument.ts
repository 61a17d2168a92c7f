import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The one file a command-line import was given, as text, with its full path; exits saying why it cannot be read. */
export async function readFileArgument(given: string): Promise<{ path: string; text: string }> {
  const path = resolve(given);
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (error) {
    process.stderr.write(`Cannot read ${path}: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
