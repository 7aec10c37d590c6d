import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  CORE,
  FLOW,
  LINT,
  NIMBUS,
  PARTNERSHIPS,
  RETRY,
  testComputation,
  testProvider,
  testValues,
} from '../__testUtils__/healthFixtures';
import { communityHealthMigrationsDirectory } from '../database/migrateDatabase';
import { KnexHealthStore } from '../store/KnexHealthStore';
import { recomputeEntity } from './recomputeEntity';
import { rescoreEntity } from './rescoreEntity';
import { runFullComputation } from './runFullComputation';
import { COMMUNITY_REF } from './targets';

const yesterday = new Date('2026-11-23T03:00:00.000Z');
const now = new Date('2026-11-24T10:00:00.000Z');

describe('recomputing and rescoring one entity', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function computedStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({
      directory: communityHealthMigrationsDirectory,
    });
    const store = new KnexHealthStore(knex);
    await runFullComputation(testComputation(store), {
      now: yesterday,
      onProgress: async () => {},
    });
    return store;
  }

  const scoreOf = async (store: KnexHealthStore, ref: string) => {
    const [stored] = await store.getScores([ref]);
    return [stored.score.score, stored.score.level];
  };

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('recomputes a package with its providers and updates the roll-ups that contain it', async () => {
      const store = await computedStore(databaseId);
      // kestrel-flow's b check now fails
      const provider = testProvider({ ...testValues, [FLOW]: { a: 1, b: 0 } });
      const deps = testComputation(store, { provider });

      const score = await recomputeEntity(
        deps,
        'Component:default/kestrel-flow',
        now,
      );

      // The providers ran on kestrel-flow alone
      expect(provider.calls).toEqual([['component:default/kestrel-flow']]);
      // a passes, b fails: 3/4 = 75, bronze
      expect([score.score, score.level, score.computedAt]).toEqual([
        75,
        'bronze',
        '2026-11-24T10:00:00.000Z',
      ]);
      expect(await scoreOf(store, FLOW)).toEqual([75, 'bronze']);
      // nimbus-cloud: own 50; packages flow 75 and lint 25 average 50; (50 + 50) / 2 = 50;
      //   flow (one of two) and its own reach bronze: bronze
      expect(await scoreOf(store, NIMBUS)).toEqual([50, 'bronze']);
      // core-maintainers: flow 75 and retry 75: 75, bronze (no one silver)
      expect(await scoreOf(store, CORE)).toEqual([75, 'bronze']);
      // partnerships owns nimbus-cloud: 50, bronze
      expect(await scoreOf(store, PARTNERSHIPS)).toEqual([50, 'bronze']);
      // The community: (75 + 75 + 25 + 50) / 4 = 56.25 -> 56.3, bronze
      expect(await scoreOf(store, COMMUNITY_REF)).toEqual([56.3, 'bronze']);
      // Today's snapshot next to yesterday's
      expect(
        (await store.history(FLOW, '2026-11-01')).map(p => [p.date, p.score]),
      ).toEqual([
        ['2026-11-23', 100],
        ['2026-11-24', 75],
      ]);
    });

    it('recomputes a partner from its own checks and its packages', async () => {
      const store = await computedStore(databaseId);
      const provider = testProvider({
        ...testValues,
        [NIMBUS]: { p: 1, q: 1 },
      });

      const score = await recomputeEntity(
        testComputation(store, { provider }),
        NIMBUS,
        now,
      );

      // own: p and q pass: 100, silver; packages average (100 + 25) / 2 = 62.5;
      // (100 + 62.5) / 2 = 81.25 -> 81.3. Silver: flow (half) and its own.
      expect([score.score, score.level]).toEqual([81.3, 'silver']);
      expect(await store.getScores([NIMBUS])).toEqual([
        expect.objectContaining({ own: { score: 100, level: 'silver' } }),
      ]);
      expect(await scoreOf(store, PARTNERSHIPS)).toEqual([81.3, 'silver']);
      // (100 + 75 + 25 + 81.3) / 4 = 70.325 -> 70.3; flow and nimbus-cloud,
      // half of the four, reach silver
      expect(await scoreOf(store, COMMUNITY_REF)).toEqual([70.3, 'silver']);
    });

    it('rescores from kept metrics when exemptions change', async () => {
      const store = await computedStore(databaseId);
      await store.addExemption(
        {
          entityRef: RETRY,
          checkId: 'b',
          justification: 'Frozen until 2027',
          expiresOn: '2027-03-01',
        },
        'user:default/mei.tanaka',
        now,
      );

      const score = await rescoreEntity(testComputation(store), RETRY, now);

      // a passes, b exempt: 3/3 = 100; bronze and silver reached
      expect([score?.score, score?.level]).toEqual([100, 'silver']);
      expect(score?.checks).toEqual([
        { checkId: 'a', status: 'pass', value: 1 },
        { checkId: 'b', status: 'exempt', value: 0 },
      ]);
      // core-maintainers: flow 100 and retry 100: 100, silver
      expect(await scoreOf(store, CORE)).toEqual([100, 'silver']);
      // (100 + 100 + 25 + 56.3) / 4 = 70.325 -> 70.3; flow and retry, half
      // of the four, reach silver
      expect(await scoreOf(store, COMMUNITY_REF)).toEqual([70.3, 'silver']);
    });
  });

  it('rolls groups and the community up again, and refuses what is not scored', async () => {
    const store = await computedStore('SQLITE_3');
    const deps = testComputation(store);

    expect((await recomputeEntity(deps, CORE, now)).score).toBe(87.5);
    expect((await recomputeEntity(deps, COMMUNITY_REF, now)).score).toBe(64.1);
    await expect(
      recomputeEntity(deps, 'component:default/portal', now),
    ).rejects.toThrow(InputError);
    await expect(
      recomputeEntity(deps, 'group:default/steering-committee', now),
    ).rejects.toThrow(/owns no scored packages or partners/);
    await expect(
      recomputeEntity(deps, 'component:default/nowhere', now),
    ).rejects.toThrow(NotFoundError);
    expect(
      await rescoreEntity(deps, 'component:default/nowhere', now),
    ).toBeUndefined();
    expect(await scoreOf(store, LINT)).toEqual([25, null]);
  });
});
