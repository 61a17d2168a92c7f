import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Canvas from '@napi-rs/canvas';

/** The family every chart's text is drawn in: the project's own font file, never whatever the server has. */
export const CHART_FONT_FAMILY = 'Challenge Day Sans';

let registered = false;

/**
 * Registers fonts/DejaVuSans.ttf under CHART_FONT_FAMILY, once. @napi-rs/canvas ships no fonts and would
 * otherwise fall back to the server's own (or draw no text at all where it has none), so the file travels with
 * the project. Throws when the file is missing, so a broken install fails on the first chart, not silently.
 */
function registerChartFont(fonts: typeof Canvas.GlobalFonts): void {
  if (registered) return;
  const file = fontFile();
  if (!fonts.registerFromPath(file, CHART_FONT_FAMILY)) throw new Error(`The chart font could not be read: ${file}`);
  registered = true;
}

let canvasModule: Promise<typeof Canvas> | undefined;

/**
 * The server-side canvas, with the chart font registered: loaded when the first picture is drawn rather than at
 * start, since it is large and most of an instance's life is spent without drawing one.
 */
export function canvasWithChartFont(): Promise<typeof Canvas> {
  canvasModule ??= import('@napi-rs/canvas').then((canvas) => {
    registerChartFont(canvas.GlobalFonts);
    return canvas;
  });
  return canvasModule;
}

/** fonts/DejaVuSans.ttf, found by walking up to the folder holding package.json (from src/ or a build in dist/). */
function fontFile(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth++) {
    const file = join(directory, 'fonts', 'DejaVuSans.ttf');
    if (existsSync(join(directory, 'package.json')) && existsSync(file)) return file;
    directory = dirname(directory);
  }
  throw new Error('fonts/DejaVuSans.ttf was not found above ' + fileURLToPath(import.meta.url));
}
