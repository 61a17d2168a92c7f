/** How much of an action's wording a notification's one-line summary carries. */
const WHAT_IN_SUMMARY = 150;

/** An action's wording cut to fit a one-line summary (a notification, a screen reader's first line). */
export function shortWhat(text: string): string {
  return text.length <= WHAT_IN_SUMMARY ? text : `${text.slice(0, WHAT_IN_SUMMARY - 1)}…`;
}
