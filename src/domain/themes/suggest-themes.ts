import type { Theme } from './theme.js';

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test of whether a text says the theme's name or one of its cues, as whole words, in any case: one
 * pattern, compiled once, for checking many texts.
 */
export function themeMatcher(theme: Theme): (text: string) => boolean {
  const phrases = [theme.name, ...theme.cues].map((cue) =>
    escapeForPattern(cue.toLowerCase().replace(/’/g, "'")).replace(/\s+/g, '\\s+'),
  );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (text) => pattern.test(text.toLowerCase().replace(/’/g, "'"));
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
  return themes.filter((theme) => !theme.retiredAt && !chosenIds.includes(theme._id) && themeMatcher(theme)(written));
}
