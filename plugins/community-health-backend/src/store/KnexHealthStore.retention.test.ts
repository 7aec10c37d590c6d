import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testScore } from '../__testUtils__/testScores';
import { communityHealthMigrationsDirectory } from '../database/migrateDatabase';
import { fromEpochDay, toEpochDay } from './epochDays';
import { KnexHealthStore } from './KnexHealthStore';

const A = 'component:default/kestrel-flow';
const B = 'component:default/kestrel-retry';

describe('KnexHealthStore: snapshot retention', () => {
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

  /** Adds one point per date for an entity, straight into the table. */
  async function addPoints(
    store: KnexHealthStore,
    knex: Knex,
    entityRef: string,
    dates: string[],
  ) {
    await store.saveScores([
      { score: testScore(entityRef, 50, null, `${dates[0]}T00:00:00.000Z`) },
    ]);
    const { id } = await knex('community_health_refs')
      .where({ entity_ref: entityRef })
      .first();
    const rows = dates.map(date => ({
      entity_id: id,
      day: toEpochDay(date),
      score_tenths: 500,
      level: null,
      scorecard_version: '1',
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await knex('community_health_snapshots')
        .insert(rows.slice(i, i + 500))
        .onConflict(['entity_id', 'day'])
        .merge();
    }
  }

  const datesOf = async (store: KnexHealthStore, entityRef: string) =>
    (await store.history(entityRef, '2000-01-01')).map(p => p.date);

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps daily points, then the last point of each ISO week, then of each month', async () => {
      const { store, knex } = await createStore(databaseId);
      // Today is Tuesday 2026-11-24. With 3 daily days, points from Sunday
      // the 22nd are all kept; with 21 weekly days, points from Wednesday the
      // 4th to Saturday the 21st keep one per ISO week; older ones one per month.
      await addPoints(store, knex, A, [
        '2025-12-31', // Wed, ISO week 2026-W01, December: last of its month, kept
        '2026-01-01', // Thu, the same ISO week, January: kept (months, not weeks, out here)
        '2026-10-01', // October: removed, the 31st is later
        '2026-10-31', // kept
        '2026-11-02', // Mon, W45, monthly zone (before the 4th): removed, the 3rd is later
        '2026-11-03', // Tue, W45, monthly zone: the last November point out there, kept
        '2026-11-04', // Wed, W45, weekly zone: removed, the 5th is later in the week
        '2026-11-05', // Thu, W45: kept
        '2026-11-10', // Tue, W46: removed
        '2026-11-15', // Sun, W46: kept
        '2026-11-16', // Mon, W47: removed
        '2026-11-17', // Tue, W47: removed
        '2026-11-21', // Sat, W47: the last of W47 in the weekly zone, kept
        '2026-11-22', // Sun, W47, daily zone: kept
        '2026-11-23', // daily: kept
        '2026-11-24', // daily: kept
      ]);
      await addPoints(store, knex, B, ['2026-11-16', '2026-11-17']);

      const removed = await store.pruneSnapshots({
        today: '2026-11-24',
        dailyDays: 3,
        weeklyDays: 21,
      });

      // A loses 10-01, 11-02, 11-04, 11-10, 11-16, 11-17; B loses 11-16
      expect(removed).toBe(7);
      expect(await datesOf(store, A)).toEqual([
        '2025-12-31',
        '2026-01-01',
        '2026-10-31',
        '2026-11-03',
        '2026-11-05',
        '2026-11-15',
        '2026-11-21',
        '2026-11-22',
        '2026-11-23',
        '2026-11-24',
      ]);
      expect(await datesOf(store, B)).toEqual(['2026-11-17']);

      // Pruning again changes nothing
      expect(
        await store.pruneSnapshots({
          today: '2026-11-24',
          dailyDays: 3,
          weeklyDays: 21,
        }),
      ).toBe(0);
    });

    it('thins a year of daily points to 130 with the default policy', async () => {
      const { store, knex } = await createStore(databaseId);
      const today = toEpochDay('2026-11-24');
      const year = Array.from({ length: 365 }, (_, i) =>
        fromEpochDay(today - 364 + i),
      );
      await addPoints(store, knex, A, year);

      await store.pruneSnapshots({
        today: '2026-11-24',
        dailyDays: 90,
        weeklyDays: 730,
      });

      // 90 daily points (2026-08-27 to 2026-11-24). The 275 older days run
      // from Tuesday 2025-11-25 to Wednesday 2026-08-26: a partial first
      // week (Tue-Sun), 38 full weeks (266 days) and Mon-Wed of a last one,
      // 6 + 266 + 3 = 275 days in 40 ISO weeks, one point each: 90 + 40 = 130.
      const dates = await datesOf(store, A);
      expect(dates).toHaveLength(130);
      expect(dates[0]).toBe('2025-11-30'); // the Sunday of the first week
      expect(dates[39]).toBe('2026-08-26'); // the Wednesday of the last one
      expect(dates[40]).toBe('2026-08-27');
    });
  });
});
