import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditEventRepository } from '../../src/store/audit-events.js';
import { anAuditEvent } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

describe('the audit trail is append-only', () => {
  it('its repository can add and read events, and has no way to change or remove one', () => {
    const methods = Object.getOwnPropertyNames(AuditEventRepository.prototype).filter((name) => name !== 'constructor');
    expect(methods.sort()).toEqual(['aboutCase', 'byActor', 'record', 'recordSubmitted', 'trailFor', 'viewsOf']);
  });

  it('recording an event again under the same id leaves the first one exactly as it was', async () => {
    const first = anAuditEvent({ entityId: 'action-append-only', actorId: 'person-first' });
    await database.stores.auditEvents.record(first);
    await database.stores.auditEvents.record({
      ...first,
      actorId: 'person-second',
      after: 'verified',
      note: 'rewritten',
    });

    expect(await database.stores.auditEvents.trailFor('action', 'action-append-only')).toEqual([first]);
  });

  it('no code outside the audit store touches the audit events collection', () => {
    const touching = sourceFiles('src')
      .filter((file) => relative('src', file) !== join('store', 'audit-events.ts'))
      .filter((file) => /auditEvents\.collection|['"`]audit_events['"`]/.test(readFileSync(file, 'utf8')));
    expect(touching).toEqual([]);
  });
});
