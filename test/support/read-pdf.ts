import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdfjs's copies of the standard fonts, so it measures the standard Helvetica text without a warning. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** What a PDF viewer makes of a file: its pages, their text, and the colours its shapes are filled with. */
export interface ReadPdf {
  readonly pageCount: number;
  readonly title: string | undefined;
  /** The words of every page in reading order, runs of white space (line ends too) as one space. */
  readonly text: string;
  /** Every shape filled with a colour (table cell backgrounds, chart bars, legend keys), with its size. */
  readonly filledShapes: readonly FilledShape[];
}

export interface FilledShape {
  /** "#rrggbb" */
  readonly colour: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Reads a PDF as a viewer does, with pdfjs (Mozilla's PDF reader, the one in Firefox): a file it cannot
 * parse throws, so a test that reads one also proves it opens.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
  }).promise;
  const words: string[] = [];
  const filledShapes: FilledShape[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) words.push(item.str);
    filledShapes.push(...shapesOf(await page.getOperatorList()));
  }
  const info = (await pdf.getMetadata()).info as { Title?: unknown };
  await pdf.destroy();
  return {
    pageCount: pdf.numPages,
    title: typeof info.Title === 'string' ? info.Title : undefined,
    text: words.join(' ').replace(/\s+/g, ' '),
    filledShapes,
  };
}

/** The filled paths of a page's drawing operators, each with the fill colour set last before it. */
function shapesOf(operators: { fnArray: number[]; argsArray: unknown[] }): FilledShape[] {
  const shapes: FilledShape[] = [];
  let colour = '#000000';
  operators.fnArray.forEach((operator, index) => {
    const args = operators.argsArray[index];
    if (!Array.isArray(args)) return;
    if (operator === OPS.setFillRGBColor && typeof args[0] === 'string') colour = args[0].toLowerCase();
    // A path is [how it is painted, its segments, its bounds as x0, y0, x1, y1].
    const bounds: unknown = args[2];
    const box = ArrayBuffer.isView(bounds) ? Array.from(bounds as Float32Array) : Array.isArray(bounds) ? bounds : null;
    if (operator === OPS.constructPath && args[0] === OPS.fill && box) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box.map(Number);
      shapes.push({ colour, width: x1 - x0, height: y1 - y0 });
    }
  });
  return shapes;
}
