/**
 * The characters beyond Latin-1 that the PDF standard fonts draw (their WinAnsi encoding): typographic quotes
 * and dashes, the euro, the ellipsis, the bullet and a few letters. Latin-1 itself (which has £, é, ü) is
 * drawn as it is.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters that do not come apart into a base letter and an accent, spelt as English readers would. */
const SPELT: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŋ: 'ng',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

const drawable = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  // 0x80–0x9F are control characters in Latin-1 but other glyphs in WinAnsi, so they are never passed on.
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(character);
};

/**
 * Text as the PDF standard fonts can draw it. Those fonts are in every PDF viewer, so the file needs no font
 * of its own, but they cover WinAnsi only: a letter outside it loses its accent (Ś → S, ő → o) or is spelt
 * (ł → l), and anything else (an emoji, another script) becomes "?" rather than vanishing without a trace.
 * Line breaks and tabs are kept as spaces and new lines.
 */
export function winAnsiText(text: string): string {
  let drawn = '';
  for (const character of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    if (character === '\n') drawn += '\n';
    else if (character === '\t') drawn += ' ';
    else if (drawable(character)) drawn += character;
    else if (SPELT[character] !== undefined) drawn += SPELT[character];
    else {
      const base = character.normalize('NFD').replace(/\p{M}/gu, '');
      drawn += base !== character && [...base].every(drawable) ? base : /\p{M}/u.test(character) ? '' : '?';
    }
  }
  return drawn;
}
