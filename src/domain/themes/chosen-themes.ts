import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { Theme } from './theme.js';

/** The most themes one record carries. */
export const MAX_THEMES_PER_RECORD = 10;

/**
 * The themes a form sent back, checked against the vocabulary as it is now: a client can send any id, so
 * each must be a theme that is still live. Refused on the form's `learningThemes` field, nothing stored.
 */
export function checkChosenThemes(themes: readonly Theme[], chosenIds: readonly string[]): Outcome<string[]> {
  const byId = new Map(themes.map((theme) => [theme._id, theme]));
  const problems = chosenIds.flatMap((id) => {
    const theme = byId.get(id);
    if (!theme) return ['one of them is not a theme'];
    return theme.retiredAt ? [`“${theme.name}” is retired`] : [];
  });
  if (problems.length === 0) return succeed([...chosenIds]);
  const message = `Choose the learning themes from the list: ${[...new Set(problems)].join('; ')}.`;
  return refuse('invalid_input', message, { learningThemes: message });
}

/** Theme names for ids, in vocabulary order; a theme since removed reads as nothing. */
export function themeNames(themes: readonly Theme[], ids: readonly string[]): string[] {
  return themes.filter((theme) => ids.includes(theme._id)).map((theme) => theme.name);
}
