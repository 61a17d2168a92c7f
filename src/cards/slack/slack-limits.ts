/** Slack's published limits that the converter keeps (https://api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  homeBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  contextText: 3000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  options: 100,
  radioOptions: 10,
  checkboxOptions: 10,
  optionText: 75,
  optionValue: 150,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  textInputMaxLength: 3000,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  imageAltText: 2000,
  /** Not a limit of Slack's: the characters typed before an external select asks the bot for options. */
  searchMinQueryLength: 1,
} as const;

/**
 * Text cut to `max` characters with a visible note of what was left out, so a limit is never a failure and
 * never a silent loss.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  for (let keep = max - 12; keep > 0; keep--) {
    const marked = `${text.slice(0, keep)}… and ${text.length - keep} more characters`;
    if (marked.length <= max) return marked;
  }
  return text.slice(0, max);
}

/** Short text (titles, labels, options) cut with an ellipsis: there is no room for a count there. */
export function fitLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The first `max` items of a list, the last slot given to "and N more" when anything was left out. */
export function fitList<Item>(items: readonly Item[], max: number, more: (count: number) => Item): Item[] {
  if (items.length <= max) return [...items];
  const kept = items.slice(0, max - 1);
  return [...kept, more(items.length - kept.length)];
}
