import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAllSamples } from '../../scripts/cards/card-renderings.js';
import { goldenDirectory, goldenFiles } from '../../scripts/cards/golden-files.js';

const expected = Object.assign({}, ...renderAllSamples().map(goldenFiles)) as Record<string, string>;

describe('every card in Teams and in Slack matches its golden file (update with npm run cards:golden)', () => {
  it('has a golden file for every rendering and none left over', () => {
    const onDisk = readdirSync(goldenDirectory()).filter((file) => file.endsWith('.json'));
    expect(onDisk.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (file, content) => {
    expect(readFileSync(join(goldenDirectory(), file), 'utf8')).toBe(content);
  });
});
