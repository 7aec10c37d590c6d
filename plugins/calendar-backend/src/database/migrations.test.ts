import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { calendarMigrationsDirectory } from './migrateDatabase';

const TABLES = [
  'calendar_events',
  'calendar_index_state',
  'calendar_registrations',
  'calendar_feed_tokens',
  'calendar_reminders_sent',
];

describe('calendar migrations', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'step up and down on %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const config = { directory: calendarMigrationsDirectory };

      await knex.migrate.latest(config);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
      expect(await knex('calendar_index_state').first()).toEqual({
        id: 1,
        generation: 0,
      });

      await knex.migrate.rollback(config, true);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }

      await knex.migrate.latest(config);
      expect(await knex.schema.hasTable('calendar_registrations')).toBe(true);
    },
  );
});
