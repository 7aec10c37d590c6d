import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { communityHealthMigrationsDirectory } from '../database/migrateDatabase';
import { KnexHealthStore } from './KnexHealthStore';

const at = (time: string) => new Date(`2026-11-24T${time}Z`);

describe('KnexHealthStore: computation runs', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({
      directory: communityHealthMigrationsDirectory,
    });
    return new KnexHealthStore(knex);
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('starts a scheduled run, reports progress and finishes it', async () => {
      const store = await createStore(databaseId);
      expect(await store.latestRun()).toBeUndefined();

      const run = await store.startRun(at('03:00:00'));
      expect(run).toEqual({
        id: expect.any(Number),
        status: 'running',
        trigger: 'schedule',
        total: 0,
        done: 0,
        startedAt: '2026-11-24T03:00:00.000Z',
      });
      // Only one run at a time
      expect(await store.startRun(at('03:00:01'))).toBeUndefined();
      await expect(store.requestRun(at('03:00:02'))).rejects.toThrow(
        new ConflictError(
          `Run ${run!.id} is in progress; wait until it finishes`,
        ),
      );

      await store.updateRunProgress(
        run!.id,
        { total: 11051, done: 500 },
        at('03:00:05'),
      );
      expect(await store.latestRun()).toMatchObject({
        total: 11051,
        done: 500,
      });

      await store.finishRun(run!.id, {}, at('03:00:40'));
      expect(await store.latestRun()).toEqual({
        ...run,
        status: 'succeeded',
        total: 11051,
        done: 500,
        finishedAt: '2026-11-24T03:00:40.000Z',
      });
      expect(await store.startRun(at('04:00:00'))).toMatchObject({
        trigger: 'schedule',
      });
    });

    it('lets a task pick up a requested run', async () => {
      const store = await createStore(databaseId);
      expect(await store.claimRequestedRun(at('08:59:00'))).toBeUndefined();
      const requested = await store.requestRun(at('09:00:00'));
      expect(requested).toMatchObject({
        status: 'running',
        trigger: 'manual',
        done: 0,
      });

      const started = await store.startRun(at('09:00:04'));
      expect(started).toEqual({
        ...requested,
        startedAt: '2026-11-24T09:00:04.000Z',
      });
      // Claimed: the next task invocation finds it running
      expect(await store.startRun(at('09:00:05'))).toBeUndefined();
      expect(await store.claimRequestedRun(at('09:00:05'))).toBeUndefined();

      await store.finishRun(
        started!.id,
        { error: 'catalog unreachable' },
        at('09:00:09'),
      );
      expect(await store.latestRun()).toMatchObject({
        status: 'failed',
        error: 'catalog unreachable',
        finishedAt: '2026-11-24T09:00:09.000Z',
      });
    });

    it('fails runs that stopped reporting, so that new ones can start', async () => {
      const store = await createStore(databaseId);
      const stuck = await store.startRun(at('03:00:00'));
      await store.updateRunProgress(
        stuck!.id,
        { total: 100, done: 10 },
        at('03:01:00'),
      );

      // Claimed runs get until 03:05, requests until 03:10: nothing to fail yet
      await store.failAbandonedRuns({
        claimedBefore: '2026-11-24T03:00:30.000Z',
        unclaimedBefore: '2026-11-24T03:10:00.000Z',
        now: at('03:11:00'),
      });
      expect(await store.latestRun()).toMatchObject({ status: 'running' });

      await store.failAbandonedRuns({
        claimedBefore: '2026-11-24T03:05:00.000Z',
        unclaimedBefore: '2026-11-24T03:10:00.000Z',
        now: at('03:11:00'),
      });
      expect(await store.latestRun()).toMatchObject({
        id: stuck!.id,
        status: 'failed',
        error: expect.stringMatching(/^Abandoned/),
        finishedAt: '2026-11-24T03:11:00.000Z',
      });

      const requested = await store.requestRun(at('03:12:00'));
      await store.failAbandonedRuns({
        claimedBefore: '2026-11-24T03:00:00.000Z',
        unclaimedBefore: '2026-11-24T03:12:30.000Z',
        now: at('03:13:00'),
      });
      expect(await store.latestRun()).toMatchObject({
        id: requested.id,
        status: 'failed',
        error: 'No backend picked the run up in time',
      });
    });
  });
});
