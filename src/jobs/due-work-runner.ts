import type { ScheduledWorkKind, ScheduledWorkOf } from '../domain/scheduling/scheduled-work.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';

/** Carries out one kind of scheduled work, given its payload; throwing leaves it to be tried again. */
export type WorkHandler<K extends ScheduledWorkKind> = (work: ScheduledWorkOf<K>, now: Date) => Promise<void>;

/** A handler for each kind of work this instance runs. */
export type WorkHandlers = { readonly [K in ScheduledWorkKind]?: WorkHandler<K> };

export interface DueWorkDeps {
  readonly stores: Pick<Stores, 'scheduledWork'>;
  readonly handlers: WorkHandlers;
  readonly logger: Logger;
  /** This instance's id, for leases. */
  readonly owner: string;
}

const LEASE_MS = 5 * 60_000;
const RETRY_DELAY_MS = 60_000;

/**
 * Runs every piece of scheduled work that is due, each claimed with a lease first, so two running
 * instances never run the same piece and work missed while the bot was down runs at the next tick.
 * Work that fails is released with its error and claimed again after its lease would have run out.
 * Once `stopping` is aborted (the bot is shutting down) nothing more is claimed: the piece in hand is
 * finished and marked, and what is left waits for the next tick of whichever instance runs next.
 */
export async function runDueWork(deps: DueWorkDeps, now: () => Date, stopping?: AbortSignal): Promise<number> {
  let ran = 0;
  for (;;) {
    if (stopping?.aborted) return ran;
    const started = now();
    const work = await deps.stores.scheduledWork.claimDue(started, deps.owner, new Date(started.getTime() + LEASE_MS));
    if (!work) return ran;
    try {
      await runHandler(deps.handlers, work.kind, work, started);
      await deps.stores.scheduledWork.markDone(work._id, deps.owner, now());
      ran += 1;
    } catch (error) {
      deps.logger.error({ workId: work._id, kind: work.kind, error: String(error) }, 'scheduled work failed');
      await deps.stores.scheduledWork.release(
        work._id,
        deps.owner,
        String(error),
        new Date(now().getTime() + RETRY_DELAY_MS),
      );
    }
  }
}

/** Hands the work to its kind's handler, which is given the payload of that kind. */
async function runHandler<K extends ScheduledWorkKind>(
  handlers: WorkHandlers,
  kind: K,
  work: ScheduledWorkOf<K>,
  now: Date,
): Promise<void> {
  const handler = handlers[kind];
  if (!handler) throw new Error(`no handler for ${kind} work`);
  await handler(work, now);
}
