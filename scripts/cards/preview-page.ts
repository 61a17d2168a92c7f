import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CardRendering } from './card-renderings.js';

/** Chromium as Debian installs it; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Writes one HTML page showing every card through the official adaptivecards renderer (its browser bundle,
 * copied beside the page, so the page works offline). Each card's frame records whether it rendered
 * cleanly in data-status, for the preview test and for a person looking at it.
 */
export function writePreviewPage(directory: string, renderings: readonly CardRendering[]): string {
  mkdirSync(directory, { recursive: true });
  const bundle = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js');
  copyFileSync(bundle, join(directory, 'adaptivecards.min.js'));
  const cards = renderings.map((rendering) => ({ key: rendering.key, card: rendering.teams }));
  const page = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Challenge Day cards</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; background: #f5f5f5; margin: 24px; color: #242424; }
  h1 { font-size: 20px; }
  .frame { width: 640px; margin: 0 0 32px; }
  .frame h2 { font-size: 13px; font-weight: 600; color: #616161; margin: 0 0 6px; }
  .card { background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: hidden; }
  .problems { color: #c4314b; font-size: 13px; }
</style>
<script src="adaptivecards.min.js"></script>
</head>
<body>
<h1>Challenge Day bot — every card with sample data</h1>
<div id="cards"></div>
<script id="card-data" type="application/json">${JSON.stringify(cards).replace(/</g, '\\u003c')}</script>
<script>
  const hostConfig = new AdaptiveCards.HostConfig({
    fontFamily: 'Segoe UI, system-ui, sans-serif',
    supportsInteractivity: true,
    actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left' },
    containerStyles: {
      default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, attention: { default: '#C4314B' }, good: { default: '#237B4B' }, warning: { default: '#C65F00' }, accent: { default: '#5B5FC7' } } },
      emphasis: { backgroundColor: '#F0F0F8' },
      accent: { backgroundColor: '#E8EBFA' },
      good: { backgroundColor: '#E7F2DA' },
      attention: { backgroundColor: '#FCE4EC' },
      warning: { backgroundColor: '#FFF4CE' },
    },
  });
  // Teams renders the cards' markdown (**bold**, _italic_); the bare SDK needs a processor to do the same.
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    result.outputHtml = escaped.replace(/\\*\\*(.+?)\\*\\*/g, '<strong>$1</strong>');
    result.didProcess = true;
  };
  for (const { key, card } of JSON.parse(document.getElementById('card-data').textContent)) {
    const frame = document.createElement('section');
    frame.className = 'frame';
    frame.id = 'card-' + key;
    frame.innerHTML = '<h2></h2><div class="card"></div><div class="problems"></div>';
    frame.querySelector('h2').textContent = key;
    document.getElementById('cards').append(frame);
    const problems = [];
    try {
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = hostConfig;
      const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
      adaptiveCard.parse(card, context);
      // Teams' charts are beyond the SDK: it shows their fallback (checked by the card tests), as such a client would.
      // Teams' typeahead (choices.data) is 1.6 to the SDK: it shows the static choices, as a client without it would.
      for (let i = 0; i < context.eventCount; i++) {
        const message = context.getEventAt(i).message;
        if (!/^Unknown element type "Chart\\./.test(message) && !/^Property "choices\\.data" is supported in version 1\\.6/.test(message))
          problems.push(message);
      }
      const element = adaptiveCard.render();
      if (!element) problems.push('The renderer returned nothing.');
      else frame.querySelector('.card').append(element);
    } catch (error) {
      problems.push(String(error));
    }
    frame.querySelector('.problems').textContent = problems.join(' ');
    frame.dataset.status = problems.length === 0 ? 'ok' : 'error';
  }
  document.body.dataset.done = 'true';
</script>
</body>
</html>
`;
  const file = join(directory, 'index.html');
  writeFileSync(file, page);
  return file;
}
