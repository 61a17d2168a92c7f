/** A message's text with the platform's mention markup taken out, and what each other mention said. */
export interface TakenMentions<Said> {
  readonly text: string;
  readonly mentioned: readonly Said[];
}

/**
 * Takes a platform's mentions out of a message, each leaving a space. A mention at the very start is the
 * bot's own (both platforms put it there when someone addresses the bot) and is dropped; every other is
 * read by `read` (undefined: nobody recognisable) and kept in the order written, as a person the message
 * may be about.
 */
export function takeMentions<Said>(
  text: string,
  markup: RegExp,
  read: (match: RegExpExecArray) => Said | undefined,
): TakenMentions<Said> {
  const trimmed = text.trim();
  const mentioned: Said[] = [];
  const pattern = new RegExp(markup.source, markup.flags.includes('g') ? markup.flags : `${markup.flags}g`);
  let taken = '';
  let after = 0;
  for (let match = pattern.exec(trimmed); match !== null; match = pattern.exec(trimmed)) {
    taken += `${trimmed.slice(after, match.index)} `;
    after = match.index + match[0].length;
    const said = match.index === 0 ? undefined : read(match);
    if (said !== undefined) mentioned.push(said);
  }
  return { text: taken + trimmed.slice(after), mentioned };
}
