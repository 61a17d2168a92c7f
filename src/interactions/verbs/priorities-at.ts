/**
 * The service priorities a form's numbered choices name (1 is the first). A number past the end — the list
 * was shortened after the card was sent — is kept as "priority N" rather than dropped.
 */
export function prioritiesAt(priorities: readonly string[], positions: readonly number[]): string[] {
  return positions.map((position) => priorities[position - 1] ?? `priority ${position}`);
}
