import type { FiguresToken } from '../domain/performance/figures-token.js';
import type { PerformanceFigures } from '../domain/performance/performance-figures.js';

/** How many answers' figures are kept, and for how long: enough for the chat client to fetch a card's charts. */
const KEPT = 50;
const KEPT_FOR_MS = 15 * 60_000;

/**
 * The figures of recent answers, by their signed token, so the chart images a card shows (each fetched on its
 * own by the chat client) are drawn from the figures the card was answered with, not read again from the
 * database: a county's year is seconds of reading. Kept in this process only; another instance, or a fetch after
 * KEPT_FOR_MS, works them out again from the token, which says everything they are made from.
 */
export class FiguresCache {
  private readonly kept = new Map<string, { figures: Promise<PerformanceFigures>; until: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  figuresFor(token: FiguresToken, load: () => Promise<PerformanceFigures>): Promise<PerformanceFigures> {
    const key = JSON.stringify(token);
    const now = this.clock();
    const known = this.kept.get(key);
    if (known && known.until > now) return known.figures;
    const figures = load();
    // A failed read is not kept: the next fetch tries again.
    figures.catch(() => this.kept.delete(key));
    this.kept.set(key, { figures, until: now + KEPT_FOR_MS });
    for (const [oldest] of this.kept) {
      if (this.kept.size <= KEPT) break;
      this.kept.delete(oldest);
    }
    return figures;
  }
}
