import { periodLabel } from './figures-period.js';
import type { PerformanceFigures } from './performance-figures.js';

/** "Performance for Erewash", "County performance", "Districts compared": what the figures are of. */
export function figuresTitle(figures: Pick<PerformanceFigures, 'scope' | 'districts'>): string {
  if (figures.scope.kind === 'district') return `Performance for ${figures.districts[0]?.name ?? 'the district'}`;
  return figures.scope.kind === 'county' ? 'County performance' : 'Districts compared';
}

/** The title with its period: "Performance for Erewash, October to December 2026". */
export function figuresHeading(figures: Pick<PerformanceFigures, 'scope' | 'districts' | 'period'>): string {
  return `${figuresTitle(figures)}, ${periodLabel(figures.period)}`;
}
