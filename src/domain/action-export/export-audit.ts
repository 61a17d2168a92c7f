import type { AuditEvent } from '../audit/audit-event.js';
import type { ActionExportFilter } from './export-filter.js';

/** What an export held, for its audit note: the filter as asked, never the rows themselves. */
export function describeFilter(filter: ActionExportFilter): string {
  return Object.entries(filter)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(', ');
}

/** The link to an export given to the person who asked, until it expires. */
export function exportGrantedEvent(grant: {
  exportId: string;
  actorId: string;
  filter: ActionExportFilter;
  count: number;
  now: Date;
  expiresAt: Date;
}): AuditEvent {
  return {
    _id: `action_export:${grant.exportId}:link_granted`,
    entityKind: 'action_export',
    entityId: grant.exportId,
    transition: 'link_granted',
    actorId: grant.actorId,
    at: grant.now,
    commandId: grant.exportId,
    before: 'none',
    after: 'granted',
    note: `link for ${grant.actorId} until ${grant.expiresAt.toISOString()}: ${grant.count} actions when granted (${describeFilter(grant.filter)})`,
  };
}

/** One download of an export: who, which format, how many rows, from which filter. */
export function exportDownloadedEvent(download: {
  exportId: string;
  actorId: string;
  openId: string;
  filter: ActionExportFilter;
  format: string;
  count: number;
  now: Date;
}): AuditEvent {
  return {
    _id: `action_export:${download.exportId}:view:${download.openId}`.slice(0, 300),
    entityKind: 'action_export',
    entityId: download.exportId,
    transition: 'view',
    actorId: download.actorId,
    at: download.now,
    commandId: download.openId,
    before: 'granted',
    after: 'granted',
    note: `action plan ${download.format.toUpperCase()}: ${download.count} actions (${describeFilter(download.filter)})`,
  };
}

/**
 * The download, in the trail of someone whose actions it listed: an export names its owners, so each of
 * them can learn (in a subject access export) who took their actions away in a file, and when.
 */
export function ownerSeenEvent(seen: {
  ownerId: string;
  exportId: string;
  actorId: string;
  openId: string;
  count: number;
  now: Date;
}): AuditEvent {
  return {
    _id: `person:${seen.ownerId}:export_view:${seen.openId}`.slice(0, 300),
    entityKind: 'person',
    entityId: seen.ownerId,
    transition: 'view',
    actorId: seen.actorId,
    at: seen.now,
    commandId: seen.openId,
    before: 'none',
    after: 'none',
    note: `${seen.count} of their actions in action plan export ${seen.exportId}`,
  };
}
