import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { supportMigrationsDirectory } from './migrateDatabase';

const TABLES = [
  'support_questions',
  'support_question_tags',
  'support_answers',
  'support_votes',
  'support_revisions',
  'support_faq_entries',
];

describe('support migrations', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'step up and down on %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const config = { directory: supportMigrationsDirectory };

      await knex.migrate.latest(config);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
      // Instants are epoch milliseconds and come back exactly.
      const at = Date.UTC(2027, 2, 14, 9, 30, 15, 123);
      await knex('support_questions').insert({
        queue_id: 'getting-started',
        team_ref: 'group:default/support-team',
        title: 'How do I start?',
        body: 'Body',
        priority: 'normal',
        visibility: 'public',
        author_ref: 'user:default/amara.okafor',
        created_at: at,
        updated_at: at,
        first_response_due_at: at + 86_400_000,
        resolution_due_at: at + 5 * 86_400_000,
      });
      const row = await knex('support_questions').first();
      expect(Number(row.created_at)).toBe(at);
      expect(row).toMatchObject({ status: 'open', tags: '[]', score: 0 });

      await knex.migrate.rollback(config, true);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }

      await knex.migrate.latest(config);
      expect(await knex.schema.hasTable('support_questions')).toBe(true);
    },
  );
});
