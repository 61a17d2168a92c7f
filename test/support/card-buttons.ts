/** The Action.Execute buttons on a card, by title. */
export function buttonsOf(card: unknown): Map<string, { verb: string; data: Record<string, string> }> {
  const buttons = new Map<string, { verb: string; data: Record<string, string> }>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.Execute' && typeof element.title === 'string') {
        buttons.set(element.title, {
          verb: String(element.verb),
          data: (element.data ?? {}) as Record<string, string>,
        });
      }
      // A card's refresh is what the client sends by itself, not a button anyone presses.
      for (const [key, value] of Object.entries(element)) if (key !== 'refresh') walk(value);
    }
  };
  walk(card);
  return buttons;
}
