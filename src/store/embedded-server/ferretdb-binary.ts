import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedServerError } from './embedded-server-error.js';

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';

/**
 * Returns the path of a FerretDB binary, building it from the Go module proxy the first time.
 *
 * `go install …@v1.24.2` alone builds a binary that panics at start, because the module as published
 * lacks the generated build/version/version.txt. So this does what `go install` does, in two visible
 * steps: download the module (`go mod download`), then build `cmd/ferretdb` from a copy with that one
 * file written. The binary lands in the git-ignored tools folder and is reused after that.
 */
export function ensureFerretDbBinary(toolsDir: string, log: (message: string) => void): string {
  const binary = join(toolsDir, 'ferretdb');
  if (existsSync(binary) && reportsVersion(binary)) return binary;

  if (!goIsAvailable()) {
    throw new EmbeddedServerError(
      'go_missing',
      [
        'No MongoDB is configured and Go is not installed, so the embedded database cannot be built.',
        'Either give the bot a MongoDB: set MONGODB_URI to a MongoDB Atlas, Azure Cosmos DB for MongoDB or',
        'local mongod connection string (e.g. MONGODB_URI=mongodb://127.0.0.1:27017);',
        'or install Go 1.22 or newer (https://go.dev/doc/install) and start the bot again.',
      ].join('\n'),
    );
  }

  log(`Building FerretDB ${FERRETDB_VERSION} for the embedded database (first run only, about a minute)…`);
  mkdirSync(toolsDir, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), 'ferretdb-build-'));
  try {
    const moduleDir = downloadModule(workDir);
    const sourceDir = join(workDir, 'src');
    cpSync(moduleDir, sourceDir, { recursive: true });
    chmodRecursiveWritable(sourceDir);
    writeFileSync(join(sourceDir, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
    const built = join(workDir, 'ferretdb');
    runGo(['build', '-buildvcs=false', '-trimpath', '-o', built, './cmd/ferretdb'], sourceDir);
    // Rename is atomic, so a second process building at the same time never sees half a binary.
    renameSync(built, binary);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  if (!reportsVersion(binary)) {
    throw new EmbeddedServerError('build_failed', `The FerretDB binary built at ${binary} does not start.`);
  }
  log('FerretDB is built.');
  return binary;
}

function downloadModule(workDir: string): string {
  const output = runGo(['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], workDir);
  const parsed: unknown = JSON.parse(output);
  if (typeof parsed !== 'object' || parsed === null || !('Dir' in parsed) || typeof parsed.Dir !== 'string') {
    throw new EmbeddedServerError('build_failed', `go mod download did not say where ${FERRETDB_MODULE} is.`);
  }
  return parsed.Dir;
}

function runGo(args: string[], cwd: string): string {
  // GOFLAGS from the caller's shell (e.g. -mod=vendor) would break a build outside our own module.
  const env = { ...process.env, GOFLAGS: '', GO111MODULE: 'on' };
  const result = spawnSync('go', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new EmbeddedServerError(
      'build_failed',
      `Building the embedded database failed: go ${args.join(' ')}\n${(result.stderr ?? '').slice(-4000)}`,
    );
  }
  return result.stdout;
}

function goIsAvailable(): boolean {
  return spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0;
}

function reportsVersion(binary: string): boolean {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 }).includes(FERRETDB_VERSION);
  } catch {
    return false;
  }
}

/** The Go module cache is read-only; the copy must be writable to add version.txt and clean it up. */
function chmodRecursiveWritable(dir: string): void {
  spawnSync('chmod', ['-R', 'u+w', dir]);
  chmodSync(dir, 0o755);
}
