/**
 * Runs before `npm test`: the card preview test drives Debian's headless Chromium. When it is missing and
 * this runs as root on Debian, it is installed from Debian's packages; otherwise the message says how.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './cards/preview-page.js';

if (!existsSync(CHROMIUM_PATH)) {
  const root = process.getuid?.() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !apt) {
    process.stderr.write(
      `Chromium is needed for the card preview test and was not found at ${CHROMIUM_PATH}.\n` +
        'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.\n',
    );
    process.exit(1);
  }
  process.stdout.write('Installing Debian’s chromium for the card preview test…\n');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
