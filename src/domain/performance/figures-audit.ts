import type { AuditEvent } from '../audit/audit-event.js';
import { periodLabel } from './figures-period.js';
import type { FiguresToken } from './figures-token.js';

/** What figures a link held, for its audit note: the scope, period and districts, never the numbers. */
function describe(token: FiguresToken): string {
  const scope = token.scope.kind === 'district' ? `district ${token.scope.districtId}` : token.scope.kind;
  return `${scope}, ${periodLabel(token.period)}, districts ${token.districtIds.join(' ')}`;
}

/** The spreadsheet's link given to the person who asked, until it expires. */
export function figuresGrantedEvent(grant: {
  token: FiguresToken;
  actorId: string;
  now: Date;
  expiresAt: Date;
}): AuditEvent {
  const id = grant.token.figuresId;
  return {
    _id: `figures_export:${id}:link_granted`,
    entityKind: 'figures_export',
    entityId: id,
    transition: 'link_granted',
    actorId: grant.actorId,
    at: grant.now,
    commandId: id,
    before: 'none',
    after: 'granted',
    note: `link for ${grant.actorId} until ${grant.expiresAt.toISOString()}: ${describe(grant.token)}`,
  };
}

/** One download of the figures as a spreadsheet. */
export function figuresDownloadedEvent(download: {
  token: FiguresToken;
  actorId: string;
  openId: string;
  now: Date;
}): AuditEvent {
  const id = download.token.figuresId;
  return {
    _id: `figures_export:${id}:view:${download.openId}`.slice(0, 300),
    entityKind: 'figures_export',
    entityId: id,
    transition: 'view',
    actorId: download.actorId,
    at: download.now,
    commandId: download.openId,
    before: 'granted',
    after: 'granted',
    note: `performance figures XLSX: ${describe(download.token)}`,
  };
}
