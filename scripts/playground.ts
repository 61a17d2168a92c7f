/**
 * `npm run playground [-- --as "Martin Cole"]`: the Microsoft 365 Agents Playground against the local bot
 * on its PORT (from the environment or .env), as the demo person named (Priya Patel, the QA manager, when
 * none is), with the playground's telemetry off. Its configuration is written for that person to a
 * temporary file, so .m365agentsplayground.yml is never edited by hand to be someone else.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { stringify } from 'yaml';
import { playgroundLaunch } from '../src/demo/playground-launch.js';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
const launch = playgroundLaunch(process.argv.slice(2), process.env);
if (!launch.ok) {
  process.stderr.write(`${launch.error.userMessage}\n`);
  process.exit(1);
}
const configFile = join(mkdtempSync(join(tmpdir(), 'challenge-day-playground-')), '.m365agentsplayground.yml');
writeFileSync(configFile, stringify(launch.value.config));
const { currentUser } = launch.value.config;
process.stdout.write(`Opening the Agents Playground as ${currentUser.name} (${currentUser.email}).\n`);
const playground = spawn(join(projectDir, 'node_modules/.bin/agentsplayground'), [...launch.value.args], {
  stdio: 'inherit',
  env: { ...process.env, M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile },
});
// Stopped with Ctrl-C or a kill, the playground stops too, rather than keep its port.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => playground.kill(signal));
playground.on('exit', (code) => process.exit(code ?? 0));
