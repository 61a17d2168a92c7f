import { readFileSync } from 'node:fs';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-county.js';
import { FakeBotConnector } from '../../test/fakes/bot-connector.js';
import { caseFindingSubmission } from '../../test/support/form-submissions.js';
import { cardAction, message, type TeamsConversation } from '../../test/support/teams-activities.js';
import type { BenchServer } from '../support/bench-server.js';
import { startBot } from '../support/bot-under-test.js';
import { progress } from '../support/progress.js';
import { runLoad, type LoadFigures, type LoadRequest } from '../support/run-load.js';

/** Each answer and submission is timed this many times, one after another (1 connection), after 3 to warm up. */
export const DEMO_REQUESTS_EACH = 20;
const WARM_UP_EACH = 3;

/** The demo's Derbyshire Dales day, held yesterday and open for findings; Priya, a QA manager, may submit. */
const DEMO_DAY_ID = 'day-demo-dales-yesterday';
const PRIYA = { aadObjectId: DEMO_ACCOUNTS[0]?.teamsAadObjectId ?? '', name: 'Priya Patel' };
const CHAT: TeamsConversation = { id: 'a:personal-bench-priya', type: 'personal', tenantId: 'tenant-demo' };

export interface DemoAnswer extends LoadFigures {
  /** What was typed, or the card submitted. */
  readonly what: string;
}

export interface DemoAnswerFigures {
  readonly answers: DemoAnswer[];
}

/**
 * Item 11 (`demo`): the try-out the embedded engine is the default for. The demo county (`npm run demo`'s
 * data) on the bot as `npm start` runs it, in Teams' local mode (no app registration, as a try-out runs): every
 * example the help card gives, typed by the demo's QA manager in her personal chat, and a case finding
 * submitted from its card; each one after another at 1 connection, timed to the HTTP answer (for a typed
 * message, the bot has posted its answer to the Bot Connector by then).
 */
export async function measureDemoAnswers(server: BenchServer): Promise<DemoAnswerFigures> {
  const database = await server.openDatabase('demo');
  const connector = await new FakeBotConnector().start();
  try {
    progress('demo: seeding the demo county');
    await seedDemo(database.stores, new Date());
    const bot = await startBot({ mongoUri: server.uri, databaseName: database.name, env: {} });
    try {
      const answers: DemoAnswer[] = [];
      const timed = async (what: string, next: () => LoadRequest) => {
        progress(`demo: ${what}`);
        await runLoad({ baseUrl: bot.baseUrl, connections: 1, requests: WARM_UP_EACH, nextRequest: next });
        const figures = await runLoad({
          baseUrl: bot.baseUrl,
          connections: 1,
          requests: DEMO_REQUESTS_EACH,
          nextRequest: next,
        });
        answers.push({ what, ...figures });
      };
      for (const example of helpExamples()) {
        await timed(example, () => teamsActivity(message(connector.serviceUrl, CHAT, PRIYA, example)));
      }
      let sent = 0;
      await timed('a case finding submitted from its card', () => {
        sent += 1;
        const data = {
          challengeDayId: DEMO_DAY_ID,
          ...caseFindingSubmission({ caseReference: `CR-${900000 + sent}` }),
        };
        return teamsActivity(
          cardAction(connector.serviceUrl, CHAT, PRIYA, `demo-card-${sent}`, 'finding.submit', data),
        );
      });
      return { answers };
    } finally {
      await bot.stop();
    }
  } finally {
    await connector.stop();
    await database.drop();
  }
}

function teamsActivity(activity: object): LoadRequest {
  return {
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  };
}

/** What the help card offers to ask, with the demo's Chesterfield where it names a district, as typed. */
function helpExamples(): string[] {
  const card = JSON.parse(readFileSync(new URL('../../cards/help.json', import.meta.url), 'utf8')) as {
    body: { type: string; facts?: { title: string }[] }[];
  };
  const facts = card.body.find((element) => element.type === 'FactSet')?.facts ?? [];
  return facts.flatMap((fact) => {
    const example = fact.title.replaceAll('${exampleDistrict}', 'Chesterfield');
    // A file is sent, not typed; a sentence left open is ended as a person would end it.
    if (example.includes('(CSV)')) return [];
    return [example.replace('because …', 'because Jo is on leave')];
  });
}
