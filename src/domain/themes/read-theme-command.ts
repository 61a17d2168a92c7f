/** A change to the vocabulary of themes, or a request to see it, as typed in chat. */
export type ThemeCommand =
  | { readonly kind: 'list_themes' }
  | { readonly kind: 'add_theme'; readonly name: string }
  | { readonly kind: 'retire_theme'; readonly name: string }
  | { readonly kind: 'rename_theme'; readonly name: string; readonly newName: string };

const LIST = /^(?:(?:list|show)\s+(?:(?:me|all|the)\s+)*)?(?:learning\s+)?themes(?:\s+list)?[.?!]?$/i;
const ADD = /^add\s+(?:an?\s+)?(?:new\s+)?(?:learning\s+)?theme\s*:?\s+(.+)$/i;
const RETIRE = /^retire\s+(?:the\s+)?(?:learning\s+)?theme\s*:?\s+(.+)$/i;
const RENAME = /^rename\s+(?:the\s+)?(?:learning\s+)?theme\s*:?\s+(.+?)\s+(?:to|as)\s+(.+)$/i;

const unquoted = (name: string) =>
  name
    .trim()
    .replace(/^[“"']+|[”"'.]+$/g, '')
    .trim();

/** "themes", "add theme Neglect", "retire theme chronology", "rename theme recording to case recording". */
export function readThemeCommand(text: string): ThemeCommand | null {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (LIST.test(typed)) return { kind: 'list_themes' };
  const renamed = RENAME.exec(typed);
  if (renamed?.[1] && renamed[2])
    return { kind: 'rename_theme', name: unquoted(renamed[1]), newName: unquoted(renamed[2]) };
  const added = ADD.exec(typed);
  if (added?.[1]) return { kind: 'add_theme', name: unquoted(added[1]) };
  const retired = RETIRE.exec(typed);
  if (retired?.[1]) return { kind: 'retire_theme', name: unquoted(retired[1]) };
  return null;
}
