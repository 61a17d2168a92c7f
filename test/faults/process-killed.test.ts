import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotConnector } from '../fakes/bot-connector.js';
import { aChallengeDay, aDistrict } from '../support/fixtures.js';
import { caseFindingGrades } from '../support/form-submissions.js';
import { responseBody } from '../support/response-body.js';
import { cardAction, registered, textsOf, type TeamsConversation } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import { startBotChild, type RunningBotChild } from './support/bot-child.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const connector = new FakeBotConnector();
const dan = { aadObjectId: 'aad-dan', name: 'Dan Reeves' };
const chat: TeamsConversation = { id: 'a:personal-aad-dan', type: 'personal', tenantId: 'tenant-derbyshire' };
const DAY_ID = 'day-killed';
const SUBMISSIONS = 80;
const AT_ONCE = 16;
/** The bot is killed once this many submissions have been answered "saved". */
const KILL_AFTER_SAVED = 20;

let running: RunningBotChild | undefined;
beforeAll(async () => {
  await connector.start();
  await database.stores.districts.save(aDistrict());
  await database.stores.people.save(registered(dan, { _id: 'person-dan', roles: ['auditor'] }));
  await database.stores.challengeDays.create(
    aChallengeDay({ _id: DAY_ID, status: 'in_progress', auditTeamIds: ['person-dan'] }),
  );
});
afterAll(async () => {
  running?.process.child.kill('SIGKILL');
  await connector.stop();
});

const caseReferenceOf = (index: number) => `CR-9${String(index).padStart(5, '0')}`;

/** Each submission is its own card, as when an auditor fills one card per sampled case. */
const submission = (index: number) =>
  JSON.stringify(
    cardAction(connector.serviceUrl, chat, dan, `finding-card-${index}`, 'finding.submit', {
      challengeDayId: DAY_ID,
      ...caseFindingGrades('good', { caseReference: caseReferenceOf(index), safeguardingConcern: 'false' }),
    }),
  );

/** Posts one submission; true when the answer says it was saved, false when it failed in any way. */
async function submit(baseUrl: string, index: number): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: submission(index),
    });
    const body = responseBody(await response.text());
    return (
      response.status === 200 &&
      textsOf(body.value)
        .join(' ')
        .includes(`Case finding saved: ${caseReferenceOf(index)}`)
    );
  } catch {
    return false;
  }
}

/** Sends every submission, AT_ONCE at a time, calling `onSaved` as each is answered "saved". */
async function burst(baseUrl: string, onSaved: (index: number) => void): Promise<boolean[]> {
  const saved: boolean[] = Array.from({ length: SUBMISSIONS }, () => false);
  let next = 0;
  const worker = async () => {
    while (next < SUBMISSIONS) {
      const index = next++;
      saved[index] = await submit(baseUrl, index);
      if (saved[index]) onSaved(index);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return saved;
}

async function storedCount(caseReference: string): Promise<number> {
  return database.stores.caseFindings.collection[driver].countDocuments({ challengeDayId: DAY_ID, caseReference });
}

describe('the bot is killed (SIGKILL) during a burst of submissions', () => {
  it('every submission answered "saved" is stored after the restart, and sending them all again stores none twice', async () => {
    const first = await startBotChild(database);
    running = first;
    let savedSoFar = 0;
    const answered = await burst(first.baseUrl, () => {
      savedSoFar += 1;
      if (savedSoFar === KILL_AFTER_SAVED) first.process.child.kill('SIGKILL');
    });
    expect(await first.process.exited).toBeNull();
    const savedBeforeKill = answered.flatMap((saved, index) => (saved ? [index] : []));
    expect(savedBeforeKill.length).toBeGreaterThanOrEqual(KILL_AFTER_SAVED);
    // The kill came in the middle: some submissions were never answered.
    expect(savedBeforeKill.length).toBeLessThan(SUBMISSIONS);

    const second = await startBotChild(database);
    running = second;
    for (const index of savedBeforeKill) expect(await storedCount(caseReferenceOf(index))).toBe(1);

    const resent = await burst(second.baseUrl, () => undefined);
    expect(resent.every(Boolean)).toBe(true);
    for (let index = 0; index < SUBMISSIONS; index++) expect(await storedCount(caseReferenceOf(index))).toBe(1);
    const findings = await database.stores.caseFindings.forChallengeDay(DAY_ID);
    expect(findings).toHaveLength(SUBMISSIONS);
    for (const finding of findings) {
      expect(
        (await database.stores.auditEvents.trailFor('case_finding', finding._id)).map((event) => event.transition),
      ).toEqual(['submit']);
    }
    second.process.child.kill('SIGTERM');
    expect(await second.process.exited).toBe(0);
  }, 120_000);
});
