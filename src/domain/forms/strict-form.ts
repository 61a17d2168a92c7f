import { z } from 'zod/v4';

/**
 * A key a client may send in a form: a plain name. Keys that start with `$` or contain `.` could be read
 * as MongoDB operators or paths if they ever reached a query, so they are refused before anything else.
 */
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

export const UNSAFE_KEY_MESSAGE = 'This form sent a field the bot does not accept.';

/**
 * The one way a form's submitted data is declared: a strict object of the card's input ids. Any other key
 * (one starting with `$`, containing `.`, naming a prototype, or simply not on the form) is refused before
 * anything else reads the data, so nothing a client adds reaches the domain.
 */
export function strictForm<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  for (const key of Object.keys(shape)) {
    if (!SAFE_KEY.test(key)) throw new Error(`Form field "${key}" is not a plain name`);
  }
  // Not z.record: it reads the object's `constructor`, which a client can send as a key of its own.
  return z
    .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
      error: UNSAFE_KEY_MESSAGE,
    })
    .check((ctx) => {
      for (const key of Object.keys(ctx.value)) {
        if (!SAFE_KEY.test(key) || !Object.hasOwn(shape, key)) {
          ctx.issues.push({ code: 'custom', message: UNSAFE_KEY_MESSAGE, input: key, path: [key] });
        }
      }
    })
    .pipe(z.strictObject(shape));
}

/**
 * The input ids a form schema expects, read from the strict object inside it (through any transforms), so
 * tests can hold every card's inputs and its schema to the same list.
 */
export function formFieldNames(schema: z.ZodType): string[] {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (current instanceof z.ZodObject) return Object.keys(current.shape);
    if (current instanceof z.ZodPipe) {
      const inner = current.in instanceof z.ZodCustom ? current.out : current.in;
      current = inner as z.ZodType;
      continue;
    }
    break;
  }
  throw new Error('Not a form schema: no strict object found');
}
