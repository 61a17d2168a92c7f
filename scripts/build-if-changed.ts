/**
 * Run before `npm start` (its `prestart`): compiles src/ into dist/ when dist/ is missing or older than any
 * source, so the bot runs as plain JavaScript (`node dist/main.js`) without a TypeScript loader in its process —
 * about 70 MB less at idle — and a checkout that has just been pulled still starts the code it holds. An
 * unchanged checkout costs a walk over the file times, not a build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUILT_STAMP = '.built-from-sources';

/** The newest modification time among the files a build reads: the sources and the compiler settings. */
function newestSourceTime(projectDir: string): number {
  const settings = ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map(
    (file) => statSync(join(projectDir, file)).mtimeMs,
  );
  let newest = Math.max(...settings);
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(projectDir, 'src'));
  return newest;
}

/** Whether dist/ was built from the sources as they are now. */
export function isBuildCurrent(projectDir: string): boolean {
  const stamp = join(projectDir, 'dist', BUILT_STAMP);
  if (!existsSync(stamp) || !existsSync(join(projectDir, 'dist', 'main.js'))) return false;
  const builtFrom = Number(readFileSync(stamp, 'utf8').trim());
  return Number.isFinite(builtFrom) && newestSourceTime(projectDir) <= builtFrom;
}

/**
 * Builds dist/ afresh when it is not current; returns whether it built. dist/ is emptied first, so a file
 * deleted from src/ does not live on in the build.
 */
export function buildIfChanged(projectDir: string, say: (line: string) => void = () => {}): boolean {
  if (isBuildCurrent(projectDir)) return false;
  // The sources' newest time as the build found them, not the clock's: a source saved during the build is
  // newer, so the next start builds again, and a clock set back in between changes nothing.
  const builtFrom = newestSourceTime(projectDir);
  say('Compiling the bot into dist/ (the first start, or the sources changed)…');
  rmSync(join(projectDir, 'dist'), { recursive: true, force: true });
  const compiler = join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [compiler, '-p', 'tsconfig.build.json'], {
    cwd: projectDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The bot could not be compiled; the compiler’s messages are above.');
  writeFileSync(join(projectDir, 'dist', BUILT_STAMP), `${builtFrom}\n`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    buildIfChanged(projectDir, (line) => process.stdout.write(`${line}\n`));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
