import { checkChosenThemes } from '../../domain/themes/chosen-themes.js';
import type { Theme } from '../../domain/themes/theme.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { Stores } from '../../store/stores.js';

/**
 * The learning themes a form sent, checked against the vocabulary as stored now: an unknown or retired id
 * refuses the whole submission beside the themes field, before anything is stored. Gives the vocabulary too,
 * for the receipt's names and suggestions.
 */
export async function chosenThemesAllowed(
  stores: Stores,
  chosenIds: readonly string[] | undefined,
): Promise<Outcome<{ themes: Theme[]; chosenIds: string[] }>> {
  const themes = await stores.themes.all();
  const checked = checkChosenThemes(themes, chosenIds ?? []);
  return checked.ok ? succeed({ themes, chosenIds: checked.value }) : checked;
}
