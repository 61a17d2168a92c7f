import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAllSamples } from '../../scripts/cards/card-renderings.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, writePreviewPage } from '../../scripts/cards/preview-page.js';

const renderings = renderAllSamples();
const directory = mkdtempSync(join(tmpdir(), 'cards-preview-'));
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('the card preview page in headless Chromium', () => {
  it('shows every card through the official renderer with no error', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(writePreviewPage(directory, renderings)).href);
    await page.waitForSelector('body[data-done="true"]');

    const frames = await page.locator('section.frame').evaluateAll((sections) =>
      sections.map((section) => ({
        key: section.id.slice('card-'.length),
        status: section.getAttribute('data-status'),
        problems: section.querySelector('.problems')?.textContent ?? '',
        height: section.querySelector('.card')?.getBoundingClientRect().height ?? 0,
      })),
    );
    expect(pageErrors).toEqual([]);
    expect(frames.map((frame) => frame.key)).toEqual(renderings.map((rendering) => rendering.key));
    for (const frame of frames) {
      expect(frame, frame.key).toMatchObject({ status: 'ok', problems: '' });
      expect(frame.height, frame.key).toBeGreaterThan(50);
    }
  });
});
