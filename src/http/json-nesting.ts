/**
 * How deeply a request's JSON may nest arrays and objects. Activities, Slack payloads and card data nest a
 * dozen levels at most; thousands of levels make recursive code (JSON.stringify, clones) overflow the
 * stack, so such a body is refused before it is parsed.
 */
export const MAX_JSON_NESTING = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);

/** True when JSON text opens more than `limit` arrays or objects inside one another; read without parsing. */
export function nestsDeeperThan(text: string, limit = MAX_JSON_NESTING): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === BACKSLASH) escaped = true;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > limit) return true;
    } else if (CLOSERS.has(code)) {
      depth -= 1;
    }
  }
  return false;
}
