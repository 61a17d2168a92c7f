import type { Theme } from './theme.js';

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a text says the theme's name or one of its cues, as whole words, in any case. */
export function mentionsTheme(theme: Theme, text: string): boolean {
  const plain = text.toLowerCase().replace(/’/g, "'");
  return [theme.name, ...theme.cues].some((cue) => {
    const phrase = escapeForPattern(cue.toLowerCase().replace(/’/g, "'")).replace(/\s+/g, '\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'u').test(plain);
  });
}

/**
 * The live themes a record's text reads like that the person did not choose, in vocabulary order: a plain
 * phrase match (the theme's name and cue words), to offer on the receipt. It suggests; people decide.
 */
export function suggestThemes(
  themes: readonly Theme[],
  texts: readonly string[],
  chosenIds: readonly string[],
): Theme[] {
  const written = texts.join('\n');
  return themes.filter((theme) => !theme.retiredAt && !chosenIds.includes(theme._id) && mentionsTheme(theme, written));
}
