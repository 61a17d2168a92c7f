/** What a button carries in its value; anything in it is checked again by the handler it reaches. */
export interface ButtonValue {
  readonly verb: unknown;
  readonly data: unknown;
  readonly opensForm: boolean;
  readonly prefill: Record<string, string>;
}

/** A value that is not JSON reads as no verb, which the card-action handler refuses. */
export function readButtonValue(value: string | undefined): ButtonValue {
  try {
    const parsed = JSON.parse(value ?? '{}') as {
      verb?: unknown;
      data?: unknown;
      opensForm?: unknown;
      prefill?: unknown;
    };
    return {
      verb: parsed.verb,
      data: parsed.data ?? {},
      opensForm: parsed.opensForm === true,
      prefill: prefillOf(parsed.prefill),
    };
  } catch {
    return { verb: undefined, data: {}, opensForm: false, prefill: {} };
  }
}

/** Only short strings under plain input ids: it only fills in a form, whose submission is checked as any other. */
function prefillOf(prefill: unknown): Record<string, string> {
  if (typeof prefill !== 'object' || prefill === null) return {};
  return Object.fromEntries(
    Object.entries(prefill).filter(
      (entry): entry is [string, string] =>
        /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= 200,
    ),
  );
}
