import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { actionExportFilterSchema } from './export-filter.js';

/** The formats an action plan export is offered in; each is a link of its own to the same export. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What an export link carries, under its signature: the grant it belongs to (so its downloads sit in the
 * grant's audit trail) and which actions it holds.
 */
export const exportTokenSchema = z.strictObject({ exportId: entityId, filter: actionExportFilterSchema });
export type ExportToken = z.infer<typeof exportTokenSchema>;
