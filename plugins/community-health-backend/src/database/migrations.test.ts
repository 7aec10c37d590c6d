import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { communityHealthMigrationsDirectory } from './migrateDatabase';

const TABLES = [
  'community_health_refs',
  'community_health_scores',
  'community_health_score_partners',
  'community_health_snapshots',
  'community_health_exemptions',
  'community_health_audit',
  'community_health_runs',
];

describe('community health migrations', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'step up and down on %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const config = { directory: communityHealthMigrationsDirectory };

      await knex.migrate.latest(config);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }

      await knex.migrate.rollback(config, true);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }

      await knex.migrate.latest(config);
      expect(await knex.schema.hasTable('community_health_snapshots')).toBe(
        true,
      );
    },
  );
});
