import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  CORE,
  FLOW,
  LINT,
  NIMBUS,
  PARTNERSHIPS,
  RETRY,
  testCatalog,
  testComputation,
  testProvider,
  testValues,
  TOOLING,
} from '../__testUtils__/healthFixtures';
import { communityHealthMigrationsDirectory } from '../database/migrateDatabase';
import { KnexHealthStore } from '../store/KnexHealthStore';
import { runFullComputation } from './runFullComputation';
import { COMMUNITY_REF } from './targets';

const now = new Date('2026-11-24T03:00:00.000Z');

describe('runFullComputation', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({
      directory: communityHealthMigrationsDirectory,
    });
    return new KnexHealthStore(knex);
  }

  const summary = async (store: KnexHealthStore) =>
    Object.fromEntries(
      (
        await store.listScores({
          sort: 'name',
          order: 'asc',
          limit: 100,
          offset: 0,
        })
      ).items.map(row => [row.entityRef, [row.score, row.level]]),
    );

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('scores packages and partners, rolls up partners, groups and the community, and reports progress', async () => {
      const store = await createStore(databaseId);
      const deps = testComputation(store);
      const progress: unknown[] = [];

      await runFullComputation(deps, {
        now,
        onProgress: async p => void progress.push(p),
      });

      // Packages (scorecard: a weight 3 for bronze, b weight 1 for silver):
      //   flow a, b pass: 100, silver; retry a passes: 3/4 = 75, bronze;
      //   lint only b passes: 1/4 = 25, no level.
      // nimbus-cloud: own p passes, q fails: 50, bronze; its packages flow
      //   (100) and lint (25) average 62.5; (50 + 62.5) / 2 = 56.25 -> 56.3.
      //   Level: half of its packages (flow) and its own reach bronze; silver
      //   needs its own q: bronze.
      // core-maintainers owns flow and retry: (100 + 75) / 2 = 87.5; both reach
      //   bronze, one of two (half) silver: silver.
      // tooling-maintainers owns lint: 25, no level.
      // partnerships owns nimbus-cloud: 56.3, bronze.
      // steering-committee owns nothing: no score.
      // The community: (100 + 75 + 25 + 56.3) / 4 = 64.075 -> 64.1; three of
      //   four reach bronze, one silver: bronze.
      expect(await summary(store)).toEqual({
        [COMMUNITY_REF]: [64.1, 'bronze'],
        [FLOW]: [100, 'silver'],
        [LINT]: [25, null],
        [RETRY]: [75, 'bronze'],
        [CORE]: [87.5, 'silver'],
        [PARTNERSHIPS]: [56.3, 'bronze'],
        [TOOLING]: [25, null],
        [NIMBUS]: [56.3, 'bronze'],
      });
      // 3 packages + 1 partner + 4 groups + the community = 9
      expect(progress).toEqual([
        { total: 9, done: 0 },
        { done: 4 },
        { done: 8 },
        { done: 9 },
      ]);

      const [flow] = await store.getScores([FLOW]);
      expect(flow).toEqual({
        score: expect.objectContaining({
          scorecardVersion: '3',
          computedAt: '2026-11-24T03:00:00.000Z',
          checks: [
            { checkId: 'a', status: 'pass', value: 1 },
            { checkId: 'b', status: 'pass', value: 1 },
          ],
        }),
        ownerRef: CORE,
        partnerRefs: [NIMBUS],
      });
      const [nimbus] = await store.getScores([NIMBUS]);
      expect(nimbus.own).toEqual({ score: 50, level: 'bronze' });
      expect(nimbus.score.rollUp).toEqual({
        entityCount: 2,
        levelCounts: { none: 1, bronze: 0, silver: 1 },
      });
      expect(
        (
          await store.listScores({
            partner: NIMBUS,
            sort: 'name',
            order: 'asc',
            limit: 10,
            offset: 0,
          })
        ).items.map(i => i.entityRef),
      ).toEqual([FLOW, LINT]);
      expect(await store.history(COMMUNITY_REF, '2026-11-01')).toEqual([
        {
          date: '2026-11-24',
          score: 64.1,
          level: 'bronze',
          scorecardVersion: '1',
        },
      ]);
    });

    it('takes active exemptions in and forgets entities that left the catalog', async () => {
      const store = await createStore(databaseId);
      let entities = testCatalog();
      const deps = testComputation(store, { entities: () => entities });
      await runFullComputation(deps, { now, onProgress: async () => {} });

      await store.addExemption(
        {
          entityRef: LINT,
          checkId: 'a',
          justification: 'Being rewritten',
          expiresOn: '2026-12-31',
        },
        'user:default/sam.lee',
        now,
      );
      entities = entities.filter(e => e.metadata.name !== 'kestrel-retry');
      const later = new Date('2026-11-25T03:00:00.000Z');
      await runFullComputation(deps, {
        now: later,
        onProgress: async () => {},
      });

      // lint: a exempt, b passes: 1/1 = 100; bronze (a exempt) and silver (b)
      const [lint] = await store.getScores([LINT]);
      expect([lint.score.score, lint.score.level]).toEqual([100, 'silver']);
      expect(lint.score.checks[0]).toEqual({
        checkId: 'a',
        status: 'exempt',
        value: 0,
      });
      expect(await store.getScores([RETRY])).toEqual([]);
      // core-maintainers now owns flow alone: 100, silver
      expect((await summary(store))[CORE]).toEqual([100, 'silver']);
      // Yesterday's point of retry stays in its history
      expect(await store.history(RETRY, '2026-11-01')).toHaveLength(1);
    });
  });

  it('still scores when a provider fails: its checks are missing', async () => {
    const store = await createStore('SQLITE_3');
    const failing = {
      ...testProvider(testValues),
      async compute() {
        throw new Error('upstream timeout');
      },
    };
    const deps = testComputation(store, { provider: failing });

    await runFullComputation(deps, { now, onProgress: async () => {} });

    const [flow] = await store.getScores([FLOW]);
    expect(flow.score.score).toBe(0);
    expect(flow.score.checks.map(c => c.status)).toEqual([
      'missing',
      'missing',
    ]);
    expect(flow.score.metrics[0]).toEqual({
      metricId: 'test.a',
      version: '1',
      value: null,
      note: 'the test metrics failed: upstream timeout',
    });
  });
});
