/**
 * The words of a question, from which each reader takes what it recognised; whatever is left at the end
 * is what the parser did not understand, and is said back to the person.
 */
export class QuestionWords {
  /** Where the words that followed the last phrase taken now start. */
  lastIndex = 0;

  constructor(public text: string) {}

  /** Takes the first match of the pattern out of the words; returns what it matched, or null. */
  take(pattern: RegExp): string | null {
    const found = new RegExp(pattern.source).exec(this.text);
    if (!found) return null;
    this.cut(found.index, found[0].length);
    return found[0];
  }

  /** Takes the first occurrence of a phrase out of the words. */
  takeText(phrase: string): void {
    const at = this.text.indexOf(phrase.trim());
    if (at >= 0) this.cut(at, phrase.trim().length);
  }

  private cut(at: number, length: number): void {
    const before = this.text.slice(0, at).trimEnd();
    const after = this.text.slice(at + length).trimStart();
    this.text = [before, after].filter(Boolean).join(' ');
    this.lastIndex = before.length === 0 ? 0 : before.length + 1;
  }
}
