import { z } from 'zod/v4';
import { boundedText, entityId } from '../shared/fields.js';

/** The longest theme name: a few words, as it reads in a list of choices. */
export const THEME_NAME_MAX = 60;

/**
 * A learning theme: one word of the county's controlled vocabulary for what recurs across Challenge Days
 * ("chronology", "voice of the child"). QA managers add and retire them; a retired theme stays on the
 * records that carry it, and still reads there, but is no longer offered or accepted on a form.
 */
export const themeSchema = z.strictObject({
  /** Derived from the name when the theme is added ("theme-voice-of-the-child"), never reused. */
  _id: entityId,
  name: boundedText(THEME_NAME_MAX),
  /** Words and phrases (lower case) that suggest the theme in what someone wrote; the name itself always does. */
  cues: z.array(boundedText(60)).max(30),
  addedAt: z.date(),
  retiredAt: z.date().optional(),
});
export type Theme = z.infer<typeof themeSchema>;

/** The themes that may be chosen on a form now. */
export function liveThemes(themes: readonly Theme[]): Theme[] {
  return themes.filter((theme) => !theme.retiredAt);
}

/** The id a theme of this name gets: its words in lower case, joined by hyphens. */
export function themeIdFor(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `theme-${slug || 'unnamed'}`;
}

/** A theme named as people type it: case, spacing and a trailing "theme" do not matter. */
export function findThemeByName(themes: readonly Theme[], typed: string): Theme | undefined {
  const id = themeIdFor(typed.replace(/\s+theme$/i, ''));
  return themes.find((theme) => theme._id === id || themeIdFor(theme.name) === id);
}
