import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { communityHealthMigrationsDirectory } from '../database/migrateDatabase';
import { KnexHealthStore } from '../store/KnexHealthStore';
import {
  ComputationRuns,
  ComputeRun,
  createComputationTask,
  REQUESTED_COMPUTATION_TASK_ID,
} from './computationRuns';

const HOUR = 3_600_000;

describe('computation runs', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  const logger = mockServices.logger.mock();

  async function createStore() {
    const knex = await databases.init('SQLITE_3');
    await knex.migrate.latest({
      directory: communityHealthMigrationsDirectory,
    });
    return new KnexHealthStore(knex);
  }

  it('records a scheduled run with its progress', async () => {
    const store = await createStore();
    const compute: ComputeRun = async ({ onProgress }) => {
      await onProgress({ total: 3, done: 0 });
      await onProgress({ done: 3 });
    };
    const task = createComputationTask({
      store,
      logger,
      runTimeoutMs: HOUR,
      compute,
    });

    await task();

    expect(await store.latestRun()).toMatchObject({
      trigger: 'schedule',
      status: 'succeeded',
      total: 3,
      done: 3,
    });
  });

  it('records a failed run with its error, and the next one runs', async () => {
    const store = await createStore();
    let fail = true;
    const task = createComputationTask({
      store,
      logger,
      runTimeoutMs: HOUR,
      compute: async () => {
        if (fail) throw new Error('the catalog is unreachable');
      },
    });

    await task();
    expect(await store.latestRun()).toMatchObject({
      status: 'failed',
      error: 'the catalog is unreachable',
    });
    fail = false;
    await task();
    expect(await store.latestRun()).toMatchObject({ status: 'succeeded' });
  });

  it('serves a manual request through the scheduled task, and refuses another while it works', async () => {
    const store = await createStore();
    const triggered: string[] = [];
    const scheduler = mockServices.scheduler.mock({
      async triggerTask(id) {
        triggered.push(id);
      },
    });
    const runs = new ComputationRuns({
      store,
      scheduler,
      logger,
      runTimeoutMs: HOUR,
    });
    const served: number[] = [];
    const requestsWhileRunning: Promise<unknown>[] = [];
    const task = createComputationTask({
      store,
      logger,
      runTimeoutMs: HOUR,
      requestsOnly: true,
      compute: async () => {
        served.push((await store.latestRun())!.id);
        // Someone asks for a run while this one works
        requestsWhileRunning.push(
          runs.request(new Date()).catch(error => error),
        );
        await requestsWhileRunning[0];
      },
    });

    const requested = await runs.request(new Date());
    expect(triggered).toEqual([REQUESTED_COMPUTATION_TASK_ID]);
    expect(await runs.latest(new Date())).toMatchObject({
      id: requested.id,
      status: 'running',
      trigger: 'manual',
    });

    await task();

    expect(served).toEqual([requested.id]);
    // Refused: a run was in progress
    expect(await requestsWhileRunning[0]).toBeInstanceOf(ConflictError);
    // With nothing requested, the on-request task does nothing
    await task();
    expect(served).toEqual([requested.id]);
    expect(await runs.latest(new Date())).toMatchObject({
      id: requested.id,
      status: 'succeeded',
      trigger: 'manual',
    });
  });

  it('skips an invocation while another replica holds a run, until that run is abandoned', async () => {
    const store = await createStore();
    const held = await store.startRun(new Date(Date.now() - 2 * HOUR));
    const served: number[] = [];
    const task = createComputationTask({
      store,
      logger,
      runTimeoutMs: 3 * HOUR,
      compute: async () => void served.push(1),
    });

    await task();
    expect(served).toEqual([]);

    // With a one-hour timeout the held run (no progress for two hours) is abandoned
    const shorter = createComputationTask({
      store,
      logger,
      runTimeoutMs: HOUR,
      compute: async () => void served.push(2),
    });
    await shorter();
    expect(served).toEqual([2]);
    expect((await store.latestRun())!.id).not.toBe(held!.id);
  });
});
