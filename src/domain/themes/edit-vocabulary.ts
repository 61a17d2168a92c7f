import type { AuditEvent } from '../audit/audit-event.js';
import { recordChangeAudit } from '../audit/record-change-audit.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { mayChangeThemes } from './permissions.js';
import { THEME_NAME_MAX, findThemeByName, themeIdFor, type Theme } from './theme.js';

/**
 * The most themes offered at once: each is a choice on three forms, and a card (and Slack's select) holds
 * only so many. A QA manager retires one to add another.
 */
export const MAX_LIVE_THEMES = 40;

interface EditContext {
  readonly actor: Actor;
  readonly now: Date;
}

export interface ThemeEdit {
  /** The theme as it stands after the edit. */
  readonly theme: Theme;
  readonly audit: AuditEvent;
}

/** Text commands carry no platform id to make the audit event idempotent, so the instant stands in for one. */
const auditOf = (before: Theme | null, after: Theme, transition: string, context: EditContext) =>
  recordChangeAudit('theme', before, after, {
    transition,
    actor: context.actor,
    at: context.now,
    commandId: `theme-${transition}:${after._id}:${context.now.getTime()}`,
  });

// Letters, digits, spaces and the punctuation of ordinary phrases; no markup, no operators.
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ’'&,/-]*$/u;

/**
 * Adds a theme to the vocabulary (QA managers). A retired theme of the same name comes back instead of a
 * second one, so its old records and the new ones count together.
 */
export function addTheme(themes: readonly Theme[], typedName: string, context: EditContext): Outcome<ThemeEdit> {
  const allowed = mayChangeThemes(context.actor, 'add a theme');
  if (!allowed.ok) return allowed;
  const name = typedName.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > THEME_NAME_MAX || !NAME.test(name)) {
    return refuse(
      'invalid_input',
      `Name the theme in words of up to ${THEME_NAME_MAX} characters, e.g. “add theme Neglect”.`,
    );
  }
  const existing = findThemeByName(themes, name);
  if (existing && !existing.retiredAt) return refuse('invalid_input', `“${existing.name}” is a theme already.`);
  if (themes.filter((theme) => !theme.retiredAt).length >= MAX_LIVE_THEMES) {
    return refuse(
      'invalid_input',
      `There are ${MAX_LIVE_THEMES} themes in use, the most the forms can offer: retire one first.`,
    );
  }
  if (existing) {
    const { retiredAt: _retired, ...restored } = existing;
    return succeed({ theme: restored, audit: auditOf(existing, restored, 'restore', context) });
  }
  const theme: Theme = { _id: themeIdFor(name), name: capitalised(name), cues: [], addedAt: context.now };
  return succeed({ theme, audit: auditOf(null, theme, 'add', context) });
}

/** Retires a theme: it stays on the records that carry it, but is no longer offered or accepted. */
export function retireTheme(themes: readonly Theme[], typedName: string, context: EditContext): Outcome<ThemeEdit> {
  const allowed = mayChangeThemes(context.actor, 'retire a theme');
  if (!allowed.ok) return allowed;
  const existing = findThemeByName(themes, typedName.trim());
  if (!existing) return refuse('not_found', `There is no theme “${typedName.trim()}”. Ask “themes” for the list.`);
  if (existing.retiredAt) return refuse('invalid_transition', `“${existing.name}” is retired already.`);
  const retired: Theme = { ...existing, retiredAt: context.now };
  return succeed({ theme: retired, audit: auditOf(existing, retired, 'retire', context) });
}

function capitalised(name: string): string {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Renames a theme; its id stays, so every record that carries it reads the new name. */
export function renameTheme(
  themes: readonly Theme[],
  typedName: string,
  typedNewName: string,
  context: EditContext,
): Outcome<ThemeEdit> {
  const allowed = mayChangeThemes(context.actor, 'rename a theme');
  if (!allowed.ok) return allowed;
  const existing = findThemeByName(themes, typedName.trim());
  if (!existing) return refuse('not_found', `There is no theme “${typedName.trim()}”. Ask “themes” for the list.`);
  const name = typedNewName.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > THEME_NAME_MAX || !NAME.test(name)) {
    return refuse('invalid_input', `Name the theme in words of up to ${THEME_NAME_MAX} characters.`);
  }
  const clash = findThemeByName(themes, name);
  if (clash && clash._id !== existing._id) return refuse('invalid_input', `“${clash.name}” is a theme already.`);
  const renamed: Theme = { ...existing, name: capitalised(name) };
  return succeed({ theme: renamed, audit: auditOf(existing, renamed, 'rename', context) });
}
