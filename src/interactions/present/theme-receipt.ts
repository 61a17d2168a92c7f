import type { Fact } from '../../cards/card-data.js';
import { themeNames } from '../../domain/themes/chosen-themes.js';
import { suggestThemes } from '../../domain/themes/suggest-themes.js';
import type { Theme } from '../../domain/themes/theme.js';

/**
 * What a receipt says of learning themes: those chosen, and those the words written read like but that were
 * not chosen ("This reads like: chronology, supervision"). The form is filled in before there are words to
 * read, so the suggestion can only come after: a prompt to weigh, never a theme chosen for the person.
 */
export function themeReceipt(
  themes: readonly Theme[],
  chosenIds: readonly string[],
  texts: readonly (string | undefined)[],
): { fact: Fact; suggestion: string } {
  const chosen = themeNames(themes, chosenIds);
  const written = texts.filter((text): text is string => text !== undefined);
  const suggested = suggestThemes(themes, written, chosenIds).map((theme) => theme.name.toLowerCase());
  return {
    fact: { title: 'Learning themes', value: chosen.join(', ') || 'None chosen' },
    suggestion:
      suggested.length > 0 ? `This reads like: ${suggested.join(', ')} — not chosen as learning themes this time.` : '',
  };
}
