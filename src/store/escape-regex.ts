/** Typed text as a regular expression that matches it literally: a "." or "(" a person types is just that. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
