/**
 * "reassign A-12 to Dan Reeves because Jo is on long-term leave": which action (its short reference, as
 * typed), to whom (a name, or a mention the channel resolved), and why. The reason may be left out: the
 * manager is then asked for it on the Reassign form. Null for anything else, so the message is read as a
 * question as before.
 */
export interface ReassignCommand {
  /** The reference as typed ("a-12", "A12"); checked against the stored references when run. */
  readonly reference: string;
  readonly name: string;
  /** "" when the message gives no reason. */
  readonly reason: string;
}

const REASSIGN =
  /^\s*(?:please\s+)?(?:reassign|re-assign)\s+(?:action\s+)?(.+?)\s+to\s+(.+?)(?:\s*,?\s+because\s+([\s\S]*?))?\s*[.!]?\s*$/i;

export function readReassignCommand(text: string): ReassignCommand | null {
  const found = REASSIGN.exec(text);
  const [, reference, name, reason] = found ?? [];
  if (!reference || !name) return null;
  return { reference, name: name.replace(/^@/, '').trim(), reason: (reason ?? '').trim() };
}
