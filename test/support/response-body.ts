/** A response body as an object: JSON when it is JSON, else `{ text }`, and `{}` when empty. */
export function responseBody(text: string): Record<string, unknown> {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return { text };
  }
}
