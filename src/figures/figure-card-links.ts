import type { FigureChart } from './figure-charts.js';

/** The links of one figures card: its chart images, the person's spreadsheet, and when each stops working. */
export interface FigureCardLinks {
  readonly charts: Partial<Record<FigureChart, string>>;
  readonly xlsxUrl: string;
  /** When the spreadsheet link stops working (an hour, as an export's). */
  readonly expiresAt: Date;
  readonly chartsExpireAt: Date;
}
