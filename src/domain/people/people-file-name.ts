/** The most of a file's name kept and shown: names beyond it are cut (a name is not data the import needs). */
const NAME_MAX = 255;

/**
 * Whether a file sent in chat is named as a people file: comma-separated values, as a spreadsheet saves them
 * (`.csv`), or plain text holding the same (`.txt`). Anything else (a workbook, a PDF, a picture) is refused
 * before it is downloaded.
 */
export function isPeopleFileName(name: string): boolean {
  return /\.(csv|txt)$/i.test(name.trim());
}

/** A file's name as the bot keeps and shows it: trimmed, cut to a bounded length, never empty. */
export function shownFileName(name: string): string {
  return name.trim().slice(0, NAME_MAX) || 'people.csv';
}
