import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logger.js';

const FOLLOW_UPS = Symbol('work after the answer');

type FollowUp = () => Promise<void>;

/**
 * Work a turn leaves until its HTTP answer has been written: the adapter writes an invoke's answer only once
 * the turn's handler has finished, so anything the person who acted need not wait for (the card replaced for
 * everyone else) is kept here, and started by the route after `adapter.process` returns.
 */
export class WorkAfterAnswer {
  private readonly waiting: FollowUp[] = [];
  private started = false;

  constructor(private readonly logger: Logger) {}

  /** Lets the turn handler find this request's follow-ups (workAfterTheAnswer). */
  attachTo(context: TurnContext): void {
    context.turnState.set(FOLLOW_UPS, this);
  }

  /**
   * Keeps work for after the answer; once that has been written (a handler that finished after the turn was
   * answered without it, say), the work starts at once.
   */
  add(work: FollowUp): void {
    if (this.started) this.run(work);
    else this.waiting.push(work);
  }

  /** Starts the work kept, each on its own: the person has had their answer. */
  start(): void {
    this.started = true;
    for (const work of this.waiting.splice(0)) this.run(work);
  }

  private run(work: FollowUp): void {
    work().catch((error: unknown) => this.logger.warn({ err: error }, 'work after a Teams answer failed'));
  }
}

/**
 * Where a turn keeps work for after its answer. Taken while the turn runs: once it has been answered, its
 * context can no longer be read. A turn that came in another way (none does today) starts the work at once.
 */
export function workAfterTheAnswer(context: TurnContext, logger: Logger): Pick<WorkAfterAnswer, 'add'> {
  const followUps: unknown = context.turnState.get(FOLLOW_UPS);
  if (followUps instanceof WorkAfterAnswer) return followUps;
  const now = new WorkAfterAnswer(logger);
  now.start();
  return now;
}
