/** Slack keys modal errors by block id; the converter gives each input block its input's id. */
export function errorsByBlock(
  blocks: readonly { block_id?: string }[],
  errors: Readonly<Record<string, string>>,
): Record<string, string> {
  const blockIds = new Set(blocks.map((block) => block.block_id).filter((id): id is string => Boolean(id)));
  const keyed: Record<string, string> = {};
  for (const [input, message] of Object.entries(errors)) {
    if (blockIds.has(input)) keyed[input] = message;
  }
  const general = errors.form ?? Object.entries(errors).find(([input]) => !blockIds.has(input))?.[1];
  if (general) Object.assign(keyed, firstBlockError(blocks, general, keyed));
  return keyed;
}

/** A message for the whole form goes under the first input that has none yet. */
export function firstBlockError(
  blocks: readonly { block_id?: string; type?: string }[],
  message: string,
  taken: Record<string, string> = {},
): Record<string, string> {
  const first = blocks.find((block) => block.type === 'input' && block.block_id && !taken[block.block_id]);
  return first?.block_id ? { [first.block_id]: message } : {};
}
