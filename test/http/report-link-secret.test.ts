import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportLinks } from '../../src/http/report-links.js';
import { KEPT_SECRET_FILE } from '../../src/http/report-link-secret.js';
import { Browser } from '../support/browser.js';
import { aChallengeDay, aPerson, aReport } from '../support/fixtures.js';
import { startTestBot } from '../support/test-bot.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-03T16:00:00Z');
const folders: string[] = [];
const dataFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'challenge-day-link-secret-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

let reportId = '';
beforeAll(async () => {
  const day = await database.stores.challengeDays.create(aChallengeDay({ status: 'report_drafted' }));
  reportId = (await database.stores.reports.create(aReport({ challengeDayId: day._id })))._id;
  await database.stores.people.save(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));
});

/** One person's browser: a link opens in the browser that opened it first, on whichever instance answers. */
const browser = new Browser();
const open = async (link: string, baseUrl: string) => {
  const url = new URL(link);
  return browser.open(`${baseUrl}${url.pathname}${url.search}`);
};

describe('the secret report links are signed with', () => {
  it('in development, is made once and kept in the data folder, so a link made before a restart still opens after it', async () => {
    const folder = dataFolder();
    const before = await startTestBot(database, {}, now, { dataDir: folder });
    const kept = readFileSync(join(folder, KEPT_SECRET_FILE), 'utf8');
    expect(statSync(join(folder, KEPT_SECRET_FILE)).mode & 0o077).toBe(0);
    const link = new ReportLinks(kept, before.baseUrl).linkFor(reportId, 'person-priya', now).url;
    expect((await open(link, before.baseUrl)).status).toBe(200);
    await before.close();

    const after = await startTestBot(database, {}, now, { dataDir: folder });
    expect((await open(link, after.baseUrl)).status).toBe(200);
    expect(readFileSync(join(folder, KEPT_SECRET_FILE), 'utf8')).toBe(kept);
    await after.close();

    const elsewhere = await startTestBot(database, {}, now, { dataDir: dataFolder() });
    expect((await open(link, elsewhere.baseUrl)).status).toBe(403);
    await elsewhere.close();
  });

  it('when configured, is the same for every instance: a link made for one opens on another, and on none with another secret', async () => {
    const secret = 'a-shared-secret-of-at-least-32-characters';
    const [first, second, other] = await Promise.all([
      startTestBot(database, { REPORT_LINK_SECRET: secret }, now, { dataDir: dataFolder() }),
      startTestBot(database, { REPORT_LINK_SECRET: secret }, now, { dataDir: dataFolder() }),
      startTestBot(database, { REPORT_LINK_SECRET: 'another-secret-of-at-least-32-characters' }, now, {
        dataDir: dataFolder(),
      }),
    ]);
    const link = new ReportLinks(secret, first.baseUrl).linkFor(reportId, 'person-priya', now).url;
    expect((await open(link, first.baseUrl)).status).toBe(200);
    expect((await open(link, second.baseUrl)).status).toBe(200);
    expect((await open(link, other.baseUrl)).status).toBe(403);
    await Promise.all([first.close(), second.close(), other.close()]);
  });
});
