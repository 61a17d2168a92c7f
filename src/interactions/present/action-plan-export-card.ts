import type { ActionPlanExportData } from '../../cards/card-data.js';
import { displayTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { ExportFormat } from '../../domain/action-export/export-token.js';
import type { Reply } from '../reply.js';

/** The answer to an export: what it holds, the person's two links, and when they stop working. */
export function actionPlanExportReply(exported: {
  heading: string;
  count: number;
  urls: Record<ExportFormat, string>;
  expiresAt: Date;
}): Reply {
  const data: ActionPlanExportData = {
    title: `Export: ${exported.heading}`,
    countLabel: exported.count === 1 ? '1 action' : `${exported.count} actions`,
    expiresLabel: displayTime(exported.expiresAt),
    csvUrl: exported.urls.csv,
    xlsxUrl: exported.urls.xlsx,
  };
  return {
    card: renderCard('action-plan-export', data),
    text: `Your export of ${data.countLabel}, for you only, until ${data.expiresLabel}`,
    audience: 'person',
  };
}
