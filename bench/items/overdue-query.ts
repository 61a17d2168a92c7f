import { Long, type Db, type Document, type MongoClient } from 'mongodb';
import { actorFor } from '../../src/domain/people/actor.js';
import { answerActionsQuestion } from '../../src/domain/questions/answer-actions-question.js';
import type { Stores } from '../../src/store/stores.js';
import type { ActionsDatabase } from '../support/actions-database.js';
import { percentile, roundTo } from '../support/percentiles.js';
import { progress } from '../support/progress.js';
import { readQueryPlan, type QueryPlan } from '../support/query-plan.js';

/** Timed answers per size, unless the time budget runs out first: enough for the p99 not to be the slowest one. */
const SAMPLES = 200;
/**
 * A warm-up answer slower than this means an engine that scans (the embedded one, seconds per answer): its
 * warm-up would cost minutes, so the cold answers are timed with the rest instead.
 */
const WARM_UP_ONLY_BELOW_MS = 1_000;
/** Time budget per size, so the whole bench stays within minutes; at least MIN_SAMPLES are taken whatever it costs. */
const BUDGET_MS = 15_000;
const MIN_SAMPLES = 1;

export interface OverdueQueryFigures {
  readonly actions: number;
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** How many overdue actions the last answer reported in all (it shows the first page of them). */
  readonly overdueInDistrict: number;
  readonly plans: QueryPlan[];
}

/**
 * Item 2: "show overdue actions for district X", answered as the bot answers it (the domain's question
 * over the actions store: the first page, most overdue first, and how many there are in all), over the
 * actions stored now (the bench asks at 10,000 and at 100,000, across the eight districts). The commands
 * the store sent are captured and explained, so the plan shown is the plan of the query that was timed.
 */
export async function measureOverdueQuery(database: ActionsDatabase): Promise<OverdueQueryFigures> {
  const { stores, county, client, now } = database;
  const asker = actorFor({ ...county.auditor, _id: 'person-bench-qa', roles: ['qa_manager'], districtIds: [] });
  const ask = (districtId: string) =>
    answerActionsQuestion(actionsPorts(stores), { kind: 'actions', state: 'overdue', districtId }, asker, now);

  progress(`overdue query: asking over ${database.stored().toLocaleString('en-GB')} actions`);
  // Once for each district before timing, as the card item warms up, unless the engine scans (see above).
  for (const districtId of county.districtIds) {
    const before = performance.now();
    await ask(districtId);
    if (performance.now() - before > WARM_UP_ONLY_BELOW_MS) break;
  }
  const latencies: number[] = [];
  let overdueInDistrict = 0;
  let sentFirst: Document[] = [];
  const started = performance.now();
  while (latencies.length < SAMPLES && (latencies.length < MIN_SAMPLES || performance.now() - started < BUDGET_MS)) {
    const districtId = county.districtIds[latencies.length % county.districtIds.length] ?? '';
    const before = performance.now();
    const { answer, sent } = await recordingCommands(client, database.name, () => ask(districtId));
    latencies.push(performance.now() - before);
    if (!answer.ok) throw new Error(`The question was refused: ${answer.error.message}`);
    overdueInDistrict = answer.value.total;
    if (sentFirst.length === 0) sentFirst = sent;
  }
  return {
    actions: database.stored(),
    samples: latencies.length,
    p50Ms: roundTo(percentile(latencies, 50), 1),
    p99Ms: roundTo(percentile(latencies, 99), 1),
    overdueInDistrict,
    plans: await explainAll(database.db, sentFirst),
  };
}

/** The ports the bot's actions answer uses (interactions/text-commands/actions-answer.ts). */
function actionsPorts(stores: Stores) {
  return {
    searchActions: stores.actions.searchActions.bind(stores.actions),
    countActions: stores.actions.countActions.bind(stores.actions),
    latestChallengeDay: (districtId: string, onOrBefore: Date) =>
      stores.challengeDays.latestForDistrict(districtId, onOrBefore),
    challengeDayOn: (districtId: string, date: Date) => stores.challengeDays.onDate(districtId, date),
  };
}

/** Runs `work` while recording the commands it sends to the actions collection. */
async function recordingCommands<T>(client: MongoClient, databaseName: string, work: () => Promise<T>) {
  const sent: Document[] = [];
  const record = (event: { databaseName: string; commandName: string; command: Document }) => {
    const target = event.command[event.commandName];
    if (event.databaseName === databaseName && target === 'actions') sent.push(event.command);
  };
  client.on('commandStarted', record);
  try {
    return { answer: await work(), sent };
  } finally {
    client.off('commandStarted', record);
  }
}

/** The server's plan for each command, as the store sent it. */
async function explainAll(db: Db, sent: readonly Document[]): Promise<QueryPlan[]> {
  const plans: QueryPlan[] = [];
  for (const command of sent) {
    const { lsid: _session, $db: _db, $clusterTime: _clock, ...explainable } = command;
    // The event gives numbers back as plain numbers; the server wants these as the longs the driver sent.
    for (const field of ['skip', 'limit', 'batchSize']) {
      if (typeof explainable[field] === 'number') explainable[field] = Long.fromNumber(explainable[field]);
    }
    const kind = Object.keys(explainable)[0] ?? 'command';
    plans.push(readQueryPlan(kind, await db.command({ explain: explainable, verbosity: 'queryPlanner' })));
  }
  return plans;
}
