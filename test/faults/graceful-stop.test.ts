import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderWorkId } from '../../src/domain/scheduling/chase-actions.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { conversationLinkId } from '../../src/store/conversation-links.js';
import { outboxEntryId } from '../../src/store/outbox.js';
import { FakeBotConnector } from '../fakes/bot-connector.js';
import { aChallengeDay, aConversationLink, aDistrict, anAction } from '../support/fixtures.js';
import { caseFindingGrades } from '../support/form-submissions.js';
import { responseBody } from '../support/response-body.js';
import { BOT, cardAction, registered, textsOf, type TeamsConversation } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import { startBotChild, type RunningBotChild } from './support/bot-child.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const connector = new FakeBotConnector();
const tenantId = 'tenant-derbyshire';
const dan = { aadObjectId: 'aad-dan', name: 'Dan Reeves' };
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const chatOf = (who: { aadObjectId: string }): TeamsConversation => ({
  id: `a:personal-${who.aadObjectId}`,
  type: 'personal',
  tenantId,
});
const DAY_ID = 'day-graceful';
const OWNERS = 40;
const ACTIONS_PER_OWNER = 10;
const SUBMISSIONS = 200;
const AT_ONCE = 20;
/** SIGTERM comes once this many submissions have been answered. */
const STOP_AFTER_ANSWERED = 30;
/** What the issue allows between SIGTERM and the process being gone. */
const EXIT_WITHIN_MS = 10_000;
const DUE_DATE = '2026-01-15';

/** A person's chat with the bot in Teams, as the bot stores it when they first write to it. */
const teamsChat = (conversationId: string, personId: string) =>
  aConversationLink({
    conversationId,
    kind: 'personal',
    personId,
    address: {
      serviceUrl: connector.serviceUrl,
      channelId: 'msteams',
      bot: BOT,
      conversation: { id: conversationId, tenantId, conversationType: 'personal' },
    },
  });

let running: RunningBotChild | undefined;
beforeAll(async () => {
  await connector.start();
  const { stores } = database;
  await stores.districts.save(aDistrict());
  await stores.people.save(registered(dan, { _id: 'person-dan', roles: ['auditor'] }));
  // The QA manager is alerted of every immediate safeguarding concern, in her chat with the bot.
  await stores.people.save(registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }));
  await stores.conversationLinks.remember(teamsChat(chatOf(priya).id, 'person-priya'));
  await stores.challengeDays.create(
    aChallengeDay({ _id: DAY_ID, status: 'in_progress', auditTeamIds: ['person-dan'] }),
  );
  // Overdue actions whose reminders are due: the bot's first tick runs them and the outbox sends them.
  for (let owner = 0; owner < OWNERS; owner++) {
    const ownerId = `person-owner-${owner}`;
    const conversationId = `a:personal-owner-${owner}`;
    await stores.people.save(
      registered({ aadObjectId: `aad-owner-${owner}`, name: `Owner ${owner}` }, { _id: ownerId, roles: ['staff'] }),
    );
    await stores.conversationLinks.remember(teamsChat(conversationId, ownerId));
    for (let index = 0; index < ACTIONS_PER_OWNER; index++) {
      const action = await stores.actions.create(
        anAction({ ownerId, challengeDayId: DAY_ID, dueDate: calendarDateFromIso(DUE_DATE) }),
      );
      // Each action was also just given to its owner: those messages wait in the outbox.
      await stores.outbox.enqueue({
        _id: outboxEntryId(`assigned:${action._id}`, 'teams', conversationId),
        key: `assigned:${action._id}`,
        notification: { kind: 'action_assigned', actionId: action._id },
        platform: 'teams',
        conversationId,
        linkId: conversationLinkId('teams', conversationId),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date('2026-01-16T09:00:00Z'),
        createdAt: new Date('2026-01-16T09:00:00Z'),
      });
      await stores.scheduledWork.schedule({
        _id: reminderWorkId(action._id, 'overdue', calendarDateFromIso(DUE_DATE)),
        kind: 'reminder',
        dueAt: new Date('2026-01-16T09:00:00Z'),
        payload: { actionId: action._id, moment: 'overdue', dueDate: DUE_DATE },
        status: 'pending',
        attempts: 0,
      });
    }
  }
});
afterAll(async () => {
  running?.process.child.kill('SIGKILL');
  await connector.stop();
});

const caseReferenceOf = (index: number) => `CR-8${String(index).padStart(5, '0')}`;
const submission = (index: number) =>
  JSON.stringify(
    cardAction(connector.serviceUrl, chatOf(dan), dan, `finding-card-${index}`, 'finding.submit', {
      challengeDayId: DAY_ID,
      ...caseFindingGrades('good', {
        caseReference: caseReferenceOf(index),
        // Each one alerts the QA manager, so the outbox is sending while the bot is stopped.
        safeguardingConcern: 'true',
        safeguardingReason: 'Home conditions seen on the visit need a strategy discussion today',
      }),
    }),
  );

/**
 * How a submission ended: answered "saved"; no answer at all (refused at connect, or a keep-alive connection
 * closed just as the request went out — the platform sends it again); or an answer that is anything else.
 */
type Outcome = 'saved' | 'no answer' | { status: number; text: string } | { error: string };

async function submit(baseUrl: string, index: number): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: submission(index),
    });
  } catch {
    return 'no answer';
  }
  try {
    const text = await response.text();
    const saved = textsOf(responseBody(text).value)
      .join(' ')
      .includes(`Case finding saved: ${caseReferenceOf(index)}`);
    return response.status === 200 && saved ? 'saved' : { status: response.status, text: text.slice(0, 200) };
  } catch (error) {
    return { error: `answer cut off: ${String(error)}` };
  }
}

/** What happened when the bot was stopped in the middle of a burst, for the checks below. */
const stop = {
  outcomes: [] as Outcome[],
  /** The exit code, or 'still running' when the process outlived the allowed time. */
  exit: undefined as number | null | 'still running' | undefined,
  output: '',
};

/**
 * The bot starts on a backlog (400 reminders due and 400 messages waiting to be sent), a burst of submissions
 * comes in, each alerting the QA manager, and after the first answers the bot is sent SIGTERM, as an
 * orchestrator does before replacing it.
 */
async function stopUnderLoad(): Promise<void> {
  const bot = await startBotChild(database, { LOG_LEVEL: 'info' });
  running = bot;
  let answered = 0;
  let signalledAt = 0;
  let next = 0;
  const worker = async () => {
    while (next < SUBMISSIONS) {
      const index = next++;
      stop.outcomes[index] = await submit(bot.baseUrl, index);
      answered += 1;
      if (answered === STOP_AFTER_ANSWERED) {
        signalledAt = Date.now();
        bot.process.child.kill('SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  stop.exit = await Promise.race([
    bot.process.exited,
    new Promise<'still running'>((resolve) =>
      setTimeout(() => resolve('still running'), EXIT_WITHIN_MS - (Date.now() - signalledAt)),
    ),
  ]);
  // Whatever it did after the allowed time, the checks below look at what it left once it was gone.
  await bot.process.exited;
  stop.output = bot.process.output();
}

describe('the bot is stopped (SIGTERM) under load', () => {
  beforeAll(stopUnderLoad, 180_000);

  it('exits cleanly within 10 seconds', () => {
    expect(stop.exit, stop.output).toBe(0);
  });

  it('answers every request it took in full, and a request it gave no answer had no effect', async () => {
    const others = stop.outcomes.filter((outcome) => outcome !== 'saved' && outcome !== 'no answer');
    expect(others).toEqual([]);
    const saved = stop.outcomes.flatMap((outcome, index) => (outcome === 'saved' ? [index] : []));
    expect(saved.length).toBeGreaterThanOrEqual(STOP_AFTER_ANSWERED);
    // It stopped taking new requests: the burst did not simply run to its end.
    expect(saved.length).toBeLessThan(SUBMISSIONS);
    // Exactly what was answered "saved" is stored: nothing was done and then left unanswered.
    const stored = await database.stores.caseFindings.forChallengeDay(DAY_ID);
    expect(stored.map((finding) => finding.caseReference).sort()).toEqual(saved.map(caseReferenceOf).sort());
  });

  it('leaves no scheduled work held by the stopped process', async () => {
    const held = await database.stores.scheduledWork.collection[driver]
      .find({ status: 'pending', lease: { $exists: true }, 'lease.owner': { $ne: 'retry-wait' } })
      .toArray();
    expect(held).toEqual([]);
  });

  it('leaves no message in the outbox claimed or half sent by the stopped process', async () => {
    const held = await database.stores.outbox.collection[driver]
      .find({ status: 'pending', $or: [{ lease: { $exists: true } }, { attemptStartedAt: { $exists: true } }] })
      .project({ _id: 1, lease: 1, attemptStartedAt: 1 })
      .toArray();
    expect(held).toEqual([]);
  });
});
