import type { z } from 'zod/v4';
import type { ApiError } from './api-schemas.js';

/** What an endpoint answers: a record or page with the schema it is validated by, or a refusal. */
export type ApiAnswer =
  | { readonly status: 200; readonly schema: z.ZodType; readonly body: unknown; readonly records?: number }
  | { readonly status: 400 | 401 | 403 | 404 | 429; readonly body: ApiError };

export const refused = (status: 400 | 403 | 404, message: string): ApiAnswer => ({
  status,
  body: { error: status === 400 ? 'bad_request' : status === 403 ? 'forbidden' : 'not_found', message },
});

export const notFound = (what: string): ApiAnswer => refused(404, `There is no ${what} with that id.`);

/**
 * The query or path a client sent, read by its schema; or the 400 that names each parameter that is wrong
 * (never its value: the answer and the log hold nothing the client sent).
 */
export function readParameters<T>(schema: z.ZodType<T>, given: unknown): { value: T } | { answer: ApiAnswer } {
  const parsed = schema.safeParse(given);
  if (parsed.success) return { value: parsed.data };
  const problems = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown parameter ${issue.keys.map((key) => `“${key.slice(0, 40)}”`).join(', ')}`
      : `${issue.path.join('.') || 'parameters'}: ${issue.message}`,
  );
  return { answer: refused(400, `The request was not understood: ${problems.join('; ')}.`) };
}
