import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAllSamples } from './cards/card-renderings.js';
import { goldenDirectory, goldenFiles } from './cards/golden-files.js';

/**
 * npm run cards:golden — rewrites test/cards/golden from the templates and samples. Run it only after looking
 * at the change (npm run cards:preview); the card tests compare against these files.
 */
const directory = goldenDirectory();
mkdirSync(directory, { recursive: true });
for (const file of readdirSync(directory)) if (file.endsWith('.json')) rmSync(join(directory, file));
let count = 0;
for (const rendering of renderAllSamples()) {
  for (const [file, content] of Object.entries(goldenFiles(rendering))) {
    writeFileSync(join(directory, file), content);
    count++;
  }
}
console.log(`Wrote ${count} golden files in ${directory}.`);
