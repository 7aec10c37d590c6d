import { ConflictError } from '@backstage/errors';
import type { ComputationRun } from '@community-hub/plugin-community-health-common';
import { Knex } from 'knex';
import { insertedId, isUniqueViolation, RunRow, TABLES, toRun } from './rows';

/**
 * Runs hold `running_slot = 1` while they run; a unique index on it lets the
 * database refuse a second running run, whichever replica asks.
 */
const RUNNING = 1;

async function readRun(knex: Knex, id: number): Promise<ComputationRun> {
  const row: RunRow = await knex(TABLES.runs).where({ id }).first();
  return toRun(row);
}

async function insertRunning(
  knex: Knex,
  trigger: ComputationRun['trigger'],
  claimed: boolean,
  now: Date,
): Promise<number | undefined> {
  const at = now.toISOString();
  try {
    return insertedId(
      await knex(TABLES.runs)
        .insert({
          status: 'running',
          trigger,
          total: 0,
          done: 0,
          started_at: at,
          updated_at: at,
          claimed,
          running_slot: RUNNING,
        })
        .returning('id'),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

async function runningRun(knex: Knex): Promise<RunRow | undefined> {
  return knex(TABLES.runs).where({ running_slot: RUNNING }).first();
}

export async function failAbandonedRuns(
  knex: Knex,
  cutoffs: { claimedBefore: string; unclaimedBefore: string; now: Date },
): Promise<void> {
  const at = cutoffs.now.toISOString();
  const fail = (claimed: boolean, before: string, error: string) =>
    knex(TABLES.runs)
      .where({ running_slot: RUNNING, claimed })
      .where('updated_at', '<', before)
      .update({
        status: 'failed',
        running_slot: null,
        finished_at: at,
        updated_at: at,
        error,
      });
  await fail(
    true,
    cutoffs.claimedBefore,
    'Abandoned: no progress was reported for too long (the backend running it may have stopped)',
  );
  await fail(
    false,
    cutoffs.unclaimedBefore,
    'No backend picked the run up in time',
  );
}

export async function requestRun(
  knex: Knex,
  now: Date,
): Promise<ComputationRun> {
  const id = await insertRunning(knex, 'manual', false, now);
  if (id === undefined) {
    const running = await runningRun(knex);
    throw new ConflictError(
      running
        ? `Run ${running.id} is in progress; wait until it finishes`
        : 'A run is in progress; wait until it finishes',
    );
  }
  return readRun(knex, id);
}

export async function claimRequestedRun(
  knex: Knex,
  now: Date,
): Promise<ComputationRun | undefined> {
  const at = now.toISOString();
  const claimed = await knex(TABLES.runs)
    .where({ running_slot: RUNNING, claimed: false })
    .update({ claimed: true, started_at: at, updated_at: at });
  if (claimed === 0) return undefined;
  const row = await runningRun(knex);
  return row && toRun(row);
}

export async function startRun(
  knex: Knex,
  now: Date,
): Promise<ComputationRun | undefined> {
  const requested = await claimRequestedRun(knex, now);
  if (requested) return requested;
  const id = await insertRunning(knex, 'schedule', true, now);
  return id === undefined ? undefined : readRun(knex, id);
}

export async function updateRunProgress(
  knex: Knex,
  id: number,
  progress: { total?: number; done: number },
  now: Date,
): Promise<void> {
  await knex(TABLES.runs)
    .where({ id })
    .update({
      ...(progress.total === undefined ? {} : { total: progress.total }),
      done: progress.done,
      updated_at: now.toISOString(),
    });
}

export async function finishRun(
  knex: Knex,
  id: number,
  outcome: { error?: string },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await knex(TABLES.runs)
    .where({ id })
    .update({
      status: outcome.error ? 'failed' : 'succeeded',
      error: outcome.error ?? null,
      finished_at: at,
      updated_at: at,
      running_slot: null,
    });
}

export async function latestRun(
  knex: Knex,
): Promise<ComputationRun | undefined> {
  const row: RunRow | undefined = await knex(TABLES.runs)
    .orderBy('id', 'desc')
    .first();
  return row && toRun(row);
}
