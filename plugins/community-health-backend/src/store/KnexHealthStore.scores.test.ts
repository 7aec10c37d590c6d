import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testScore } from '../__testUtils__/testScores';
import { communityHealthMigrationsDirectory } from '../database/migrateDatabase';
import { KnexHealthStore } from './KnexHealthStore';

const FLOW = 'component:default/kestrel-flow';
const RETRY = 'component:default/kestrel-retry';
const LINT = 'component:default/kestrel-lint';
const NIMBUS = 'partner:default/nimbus-cloud';
const CORE = 'group:default/core-maintainers';
const TOOLING = 'group:default/tooling-maintainers';

describe('KnexHealthStore: scores and snapshots', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(
    databaseId: TestDatabaseId,
  ): Promise<{ store: KnexHealthStore; knex: Knex }> {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({
      directory: communityHealthMigrationsDirectory,
    });
    return { store: new KnexHealthStore(knex), knex };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps the latest score with its checks, metrics and filters, and a snapshot of its day', async () => {
      const { store, knex } = await createStore(databaseId);
      const flow = testScore(FLOW, 72.5, 'silver', '2026-11-24T03:00:00.000Z', {
        checks: [
          { checkId: 'has-owner', status: 'pass', value: 1 },
          { checkId: 'docs-build', status: 'missing', value: null },
        ],
        metrics: [
          { metricId: 'catalog.has-owner', version: '1', value: 1 },
          {
            metricId: 'catalog.techdocs-builds',
            version: '1',
            value: null,
            note: 'no published site',
          },
        ],
      });
      await store.saveScores([
        { score: flow, ownerRef: CORE, partnerRefs: [NIMBUS, NIMBUS] },
      ]);

      expect(await store.getScores(['Component:default/KESTREL-FLOW'])).toEqual(
        [
          {
            score: flow,
            ownerRef: CORE,
            partnerRefs: [NIMBUS],
          },
        ],
      );
      expect(await store.history(FLOW, '2026-11-01')).toEqual([
        {
          date: '2026-11-24',
          score: 72.5,
          level: 'silver',
          scorecardVersion: '1',
        },
      ]);
      // The checks are kept as tuples, not objects
      const row = await knex('community_health_scores').first();
      expect(row.checks).toBe(
        '[["has-owner","pass",1],["docs-build","missing",null]]',
      );
    });

    it('replaces the snapshot of the same day and adds one for a new day', async () => {
      const { store } = await createStore(databaseId);
      await store.saveScores([
        { score: testScore(FLOW, 40, null, '2026-11-23T03:00:00.000Z') },
      ]);
      await store.saveScores([
        { score: testScore(FLOW, 50, 'bronze', '2026-11-24T03:00:00.000Z') },
      ]);
      // A recomputation later the same day replaces that day's point
      await store.saveScores([
        {
          score: testScore(FLOW, 62.3, 'bronze', '2026-11-24T15:30:00.000Z', {
            scorecardVersion: '2',
          }),
        },
      ]);

      expect(await store.history(FLOW, '2026-11-01')).toEqual([
        { date: '2026-11-23', score: 40, level: null, scorecardVersion: '1' },
        {
          date: '2026-11-24',
          score: 62.3,
          level: 'bronze',
          scorecardVersion: '2',
        },
      ]);
      expect(await store.history(FLOW, '2026-11-24')).toHaveLength(1);
      const [latest] = await store.getScores([FLOW]);
      expect(latest.score.score).toBe(62.3);
      expect(latest.score.computedAt).toBe('2026-11-24T15:30:00.000Z');
    });

    it('lists, filters, sorts and pages latest scores', async () => {
      const { store } = await createStore(databaseId);
      const at = '2026-11-24T03:00:00.000Z';
      await store.saveScores([
        {
          score: testScore(FLOW, 80, 'gold', at),
          ownerRef: CORE,
          partnerRefs: [NIMBUS],
        },
        { score: testScore(RETRY, 35, null, at), ownerRef: CORE },
        {
          score: testScore(LINT, 55.5, 'bronze', at),
          ownerRef: TOOLING,
          partnerRefs: [NIMBUS],
        },
        {
          score: testScore(NIMBUS, 60, 'silver', at),
          ownerRef: CORE,
          own: { score: 50, level: 'bronze' },
        },
        { score: testScore(CORE, 60, 'bronze', at) },
        { score: testScore('community:default/kestrel', 58, 'bronze', at) },
      ]);
      const page = (query: object) =>
        store.listScores({
          sort: 'score',
          order: 'asc',
          limit: 10,
          offset: 0,
          ...query,
        });

      const packages = await page({ target: 'package' });
      expect(packages.totalCount).toBe(3);
      expect(packages.items.map(i => [i.entityRef, i.score, i.level])).toEqual([
        [RETRY, 35, null],
        [LINT, 55.5, 'bronze'],
        [FLOW, 80, 'gold'],
      ]);
      // Ties on score are ordered by ref: the group and the partner both have 60
      expect(
        (await page({ order: 'desc', limit: 2, offset: 1 })).items.map(
          i => i.entityRef,
        ),
      ).toEqual([CORE, NIMBUS]);
      expect(
        (await page({ sort: 'name', owner: CORE })).items.map(i => i.entityRef),
      ).toEqual([FLOW, RETRY, NIMBUS]);
      expect(
        (await page({ partner: 'Partner:default/Nimbus-Cloud' })).items.map(
          i => i.entityRef,
        ),
      ).toEqual([LINT, FLOW]);
      expect((await page({})).totalCount).toBe(6);

      // Aggregates leave the community's own row out unless asked for
      expect(await store.levelDistribution({})).toEqual({
        gold: 1,
        silver: 1,
        bronze: 2,
        none: 1,
      });
      expect(
        await store.levelDistribution({ target: 'package', owner: CORE }),
      ).toEqual({
        gold: 1,
        none: 1,
      });
      expect(
        (await store.worstScores({}, 2)).map(w => [w.entityRef, w.score]),
      ).toEqual([
        [RETRY, 35],
        [LINT, 55.5],
      ]);
      expect(await store.getScores([NIMBUS])).toEqual([
        expect.objectContaining({ own: { score: 50, level: 'bronze' } }),
      ]);
      expect(
        (
          await store.memberScores({
            targets: ['package', 'partner'],
            ownerRef: CORE,
          })
        ).map(m => m.entityRef),
      ).toEqual([FLOW, RETRY, NIMBUS]);
      expect(
        (
          await store.memberScores({
            targets: ['package'],
            entityRefs: [LINT, NIMBUS, FLOW],
          })
        ).map(m => m.entityRef),
      ).toEqual([FLOW, LINT]);
      expect(
        await store.memberScores({ targets: ['package'], partnerRef: NIMBUS }),
      ).toEqual([
        { entityRef: FLOW, target: 'package', score: 80, level: 'gold' },
        { entityRef: LINT, target: 'package', score: 55.5, level: 'bronze' },
      ]);
    });

    it('keeps a batch larger than one statement can insert', async () => {
      const { store } = await createStore(databaseId);
      const at = '2026-11-24T03:00:00.000Z';
      // 1,200 packages, each sponsored by two partners: 2,400 partner rows
      const records = Array.from({ length: 1200 }, (_, i) => ({
        score: testScore(`component:default/pkg-${i}`, i % 101, null, at),
        ownerRef: CORE,
        partnerRefs: [NIMBUS, 'partner:default/other'],
      }));

      await store.saveScores(records);
      await store.saveScores(records);

      expect(
        (
          await store.listScores({
            owner: CORE,
            sort: 'name',
            order: 'asc',
            limit: 1,
            offset: 0,
          })
        ).totalCount,
      ).toBe(1200);
      expect(
        (
          await store.listScores({
            partner: NIMBUS,
            sort: 'name',
            order: 'asc',
            limit: 1,
            offset: 0,
          })
        ).totalCount,
      ).toBe(1200);
      expect(
        await store.history('component:default/pkg-1199', '2026-11-01'),
      ).toEqual([
        { date: '2026-11-24', score: 88, level: null, scorecardVersion: '1' },
      ]);
    });

    it('finds the biggest movers since a day', async () => {
      const { store } = await createStore(databaseId);
      const day = (d: string) => `2026-11-${d}T03:00:00.000Z`;
      for (const [d, flow, retry, lint] of [
        ['01', 40, 90, 50],
        ['10', 50, 90, 50],
        ['20', 60, 70, 50],
        ['24', 70, 60, 50],
      ] as const) {
        await store.saveScores([
          { score: testScore(FLOW, flow, null, day(d)) },
          { score: testScore(RETRY, retry, null, day(d)) },
          { score: testScore(LINT, lint, null, day(d)) },
        ]);
      }
      // Since the 5th the first points are on the 10th:
      // flow 50 -> 70 (+20), retry 90 -> 60 (-30), lint 50 -> 50 (unchanged, left out)
      expect(await store.movers({}, '2026-11-05', 10)).toEqual([
        { entityRef: RETRY, target: 'package', from: 90, to: 60 },
        { entityRef: FLOW, target: 'package', from: 50, to: 70 },
      ]);
      // Since the 15th: flow 60 -> 70 (+10), retry 70 -> 60 (-10); ties by ref
      expect(await store.movers({}, '2026-11-15', 1)).toEqual([
        { entityRef: FLOW, target: 'package', from: 60, to: 70 },
      ]);
    });

    it('forgets latest scores of entities a run did not see', async () => {
      const { store } = await createStore(databaseId);
      await store.saveScores([
        {
          score: testScore(FLOW, 70, null, '2026-11-23T03:00:00.000Z'),
          partnerRefs: [NIMBUS],
        },
        { score: testScore(RETRY, 70, null, '2026-11-24T03:00:00.000Z') },
      ]);

      expect(
        await store.deleteScoresComputedBefore('2026-11-24T03:00:00.000Z'),
      ).toBe(1);

      expect(
        (await store.getScores([FLOW, RETRY])).map(s => s.score.entityRef),
      ).toEqual([RETRY]);
      expect(
        (
          await store.listScores({
            partner: NIMBUS,
            sort: 'name',
            order: 'asc',
            limit: 10,
            offset: 0,
          })
        ).totalCount,
      ).toBe(0);
      // History stays
      expect(await store.history(FLOW, '2026-11-01')).toHaveLength(1);
    });
  });
});
