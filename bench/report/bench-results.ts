import type { ApiOverdueFigures } from '../items/api-overdue.js';
import type { BroadcastFigures } from '../items/broadcast.js';
import type { CardSubmissionFigures } from '../items/card-submission.js';
import type { CountyFiguresFigures } from '../items/county-figures.js';
import type { DemoAnswerFigures } from '../items/demo-answers.js';
import type { DigestRunFigures } from '../items/digest-run.js';
import type { OverdueQueryFigures } from '../items/overdue-query.js';
import type { PeopleImportFigures } from '../items/people-import.js';
import type { ReachFigures } from '../items/reach.js';
import type { StartUpFigures } from '../items/start-up.js';
import type { Machine } from '../support/machine.js';
import type { ServerEngine } from '../support/server-engine.js';

/** Everything one `npm run bench` measured, as written to bench/results.json. */
export interface BenchResults {
  readonly measuredAt: string;
  readonly machine: Machine;
  /** The 1-minute load average when the run ended. */
  readonly loadAverageAtEnd: number;
  /** The database engine every item was measured on, as the server describes itself. */
  readonly engine: ServerEngine;
  readonly durationSeconds: number;
  readonly cardSubmission?: CardSubmissionFigures;
  readonly overdueQuery?: OverdueQueryFigures[];
  readonly digestRun?: DigestRunFigures;
  readonly broadcast?: BroadcastFigures;
  readonly reach?: ReachFigures;
  readonly startUp?: StartUpFigures;
  readonly peopleImport?: PeopleImportFigures;
  readonly apiOverdue?: ApiOverdueFigures;
  readonly countyFigures?: CountyFiguresFigures;
  readonly demoAnswers?: DemoAnswerFigures;
  /** Items the run left out, and why. */
  readonly notRun?: string[];
  readonly targets: TargetCheck[];
}

/** One of the targets beside what was measured. */
export interface TargetCheck {
  readonly item: string;
  readonly measure: string;
  readonly figure: string;
  readonly target: string;
  /** Undefined where there is no target, only a figure to report. */
  readonly met: boolean | undefined;
}
