import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { cardsDirectory } from '../src/cards/card-templates.js';
import { renderAllSamples } from './cards/card-renderings.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, writePreviewPage } from './cards/preview-page.js';

/**
 * npm run cards:preview — every card with its sample data on one page (cards/preview/out/index.html) and, where
 * Chromium is installed, a PNG of each beside it.
 */
const out = join(cardsDirectory(), 'preview', 'out');
const renderings = renderAllSamples();
const page = writePreviewPage(out, renderings);
console.log(`Wrote ${page} with ${renderings.length} cards.`);

if (!existsSync(CHROMIUM_PATH)) {
  console.log(`No Chromium at ${CHROMIUM_PATH}; skipping the PNGs (set CHROMIUM_PATH to make them).`);
} else {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage({ viewport: { width: 600, height: 900 }, deviceScaleFactor: 1 });
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForSelector('body[data-done="true"]');
    for (const rendering of renderings) {
      const frame = tab.locator(`#card-${rendering.key.replace(/\./g, '\\.')}`);
      if ((await frame.getAttribute('data-status')) !== 'ok') console.error(`${rendering.key} did not render cleanly`);
      await frame.screenshot({ path: join(out, `${rendering.key}.png`) });
    }
    console.log(`Saved ${renderings.length} PNGs in ${out}.`);
  } finally {
    await browser.close();
  }
}
