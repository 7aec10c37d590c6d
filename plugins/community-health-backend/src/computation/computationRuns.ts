import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { ComputationRun } from '@community-hub/plugin-community-health-common';
import type { HealthStore } from '../store/HealthStore';

/** The id of the scheduled full computation (scope global: one run across replicas). */
export const COMPUTATION_TASK_ID = 'community-health-computation';

/**
 * The id of the task that serves requested runs: global too, run only when
 * triggered. It is a task of its own because a scheduled task is not looked
 * at before its initial delay has passed on a replica, and a request should
 * not wait for that.
 */
export const REQUESTED_COMPUTATION_TASK_ID =
  'community-health-computation-requested';

/** A requested run that no replica picked up within this long is marked failed. */
export const UNCLAIMED_TIMEOUT_MS = 2 * 60_000;

/** The longest error message kept with a failed run. */
const MAX_ERROR_LENGTH = 500;

/** How often, and how many times, a trigger refused because the task runs is retried. */
const TRIGGER_RETRY_MS = 2_000;
const TRIGGER_ATTEMPTS = 5;

function cutoffs(now: Date, runTimeoutMs: number) {
  return {
    claimedBefore: new Date(now.getTime() - runTimeoutMs).toISOString(),
    unclaimedBefore: new Date(
      now.getTime() - UNCLAIMED_TIMEOUT_MS,
    ).toISOString(),
    now,
  };
}

/** What the task does with a run it holds: the full computation, reporting progress. */
export type ComputeRun = (options: {
  now: Date;
  onProgress(progress: { total?: number; done: number }): Promise<void>;
}) => Promise<unknown>;

/**
 * The function of the computation tasks. Which replica runs a task is up to
 * the scheduler (scope global); which run it serves is decided in the
 * database: a requested (manual) run waiting to be picked up, otherwise
 * (for the scheduled task, not with `requestsOnly`) a new scheduled one.
 * Runs requested while it worked are served before it returns. A unique
 * index allows one running run, whichever task or replica starts it; a run
 * that reported no progress for the task timeout is marked failed and no
 * longer blocks.
 */
export function createComputationTask(options: {
  store: HealthStore;
  logger: LoggerService;
  runTimeoutMs: number;
  compute: ComputeRun;
  /** Serve requested runs only (the on-request task). */
  requestsOnly?: boolean;
}): () => Promise<void> {
  const { store, logger, runTimeoutMs, compute, requestsOnly } = options;

  async function execute(run: ComputationRun) {
    const now = new Date();
    logger.info(`Community health run ${run.id} (${run.trigger}) started`);
    try {
      await compute({
        now,
        onProgress: progress =>
          store.updateRunProgress(run.id, progress, new Date()),
      });
      await store.finishRun(run.id, {}, new Date());
    } catch (error) {
      logger.error(`Community health run ${run.id} failed: ${error}`);
      // Shown to people following the run; a database error can quote a whole statement
      const message = String((error as Error).message ?? error);
      await store.finishRun(
        run.id,
        {
          error:
            message.length > MAX_ERROR_LENGTH
              ? `${message.slice(0, MAX_ERROR_LENGTH)}...`
              : message,
        },
        new Date(),
      );
    }
  }

  return async () => {
    const now = new Date();
    await store.failAbandonedRuns(cutoffs(now, runTimeoutMs));
    let run = requestsOnly
      ? await store.claimRequestedRun(now)
      : await store.startRun(now);
    if (!run) {
      if (!requestsOnly) {
        logger.info(
          'A community health run is already in progress; this invocation is skipped',
        );
      }
      return;
    }
    while (run) {
      await execute(run);
      run = await store.claimRequestedRun(new Date());
    }
  };
}

/**
 * Starts full runs on request (`POST /runs`) and reports the latest one.
 * A request is recorded as a run in the database (refused while a run is
 * in progress), then the on-request task is triggered; whichever replica
 * the scheduler gives it to claims the run, within the scheduler's polling
 * interval (seconds).
 */
export class ComputationRuns {
  constructor(
    private readonly options: {
      store: HealthStore;
      scheduler: SchedulerService;
      logger: LoggerService;
      runTimeoutMs: number;
    },
  ) {}

  /** @throws ConflictError when a run is in progress. */
  async request(now: Date): Promise<ComputationRun> {
    const { store, runTimeoutMs } = this.options;
    await store.failAbandonedRuns(cutoffs(now, runTimeoutMs));
    const run = await store.requestRun(now);
    // Not awaited: a trigger returns at once in production, but a test
    // scheduler runs the task inside it.
    void this.trigger(TRIGGER_ATTEMPTS);
    return run;
  }

  /** The latest run, after marking abandoned ones failed. */
  async latest(now: Date): Promise<ComputationRun | undefined> {
    const { store, runTimeoutMs } = this.options;
    await store.failAbandonedRuns(cutoffs(now, runTimeoutMs));
    return store.latestRun();
  }

  private async trigger(attemptsLeft: number): Promise<void> {
    const { scheduler, logger } = this.options;
    try {
      await scheduler.triggerTask(REQUESTED_COMPUTATION_TASK_ID);
    } catch (error) {
      // The task is finishing on some replica: it serves waiting requests
      // before it returns, but it may have looked already; try again.
      if (
        error instanceof ConflictError ||
        (error as Error).name === 'ConflictError'
      ) {
        if (attemptsLeft > 1) {
          await new Promise(resolve => setTimeout(resolve, TRIGGER_RETRY_MS));
          await this.trigger(attemptsLeft - 1);
        }
        return;
      }
      logger.error(
        `Could not trigger the community health computation: ${error}`,
      );
    }
  }
}
