import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { supportMigrationsDirectory } from '../database/migrateDatabase';
import { KnexSupportStore } from '../store/KnexSupportStore';

/** A migrated support store on a fresh test database. */
export async function migratedStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<KnexSupportStore> {
  const knex = await databases.init(databaseId);
  await knex.migrate.latest({ directory: supportMigrationsDirectory });
  return new KnexSupportStore(knex);
}
