import { describe, expect, it } from 'vitest';
import type { FiguresToken } from '../../src/domain/performance/figures-token.js';
import type { PerformanceFigures } from '../../src/domain/performance/performance-figures.js';
import { FiguresCache } from '../../src/figures/figures-cache.js';

const token = (figuresId: string): FiguresToken => ({
  figuresId,
  scope: { kind: 'county' },
  period: { unit: 'year', firstMonth: '2026-01' },
  districtIds: ['erewash'],
  asAt: 1_796_000_000,
});
const figures = (raised: number) => ({ totals: { raised } }) as unknown as PerformanceFigures;

describe('the figures a card’s charts are drawn from', () => {
  it('are worked out once per answer, and again after fifteen minutes', async () => {
    let now = 0;
    const cache = new FiguresCache(() => now);
    let reads = 0;
    const load = async () => figures(++reads);
    expect((await cache.figuresFor(token('figures-1'), load)).totals.raised).toBe(1);
    expect((await cache.figuresFor(token('figures-1'), load)).totals.raised).toBe(1);
    expect((await cache.figuresFor(token('figures-2'), load)).totals.raised).toBe(2);
    now = 15 * 60_000 + 1;
    expect((await cache.figuresFor(token('figures-1'), load)).totals.raised).toBe(3);
  });

  it('are read again after a read that failed', async () => {
    const cache = new FiguresCache(() => 0);
    await expect(cache.figuresFor(token('figures-1'), () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.figuresFor(token('figures-1'), async () => figures(7))).totals.raised).toBe(7);
  });
});
