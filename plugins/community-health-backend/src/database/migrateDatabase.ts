import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@community-hub/plugin-community-health-backend',
  'migrations',
);

/** Runs the community health migrations unless the database service says to skip them. */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({ directory: migrationsDir });
  }
  return knex;
}

/** The migrations directory, for tests that step it up and down. */
export const communityHealthMigrationsDirectory = migrationsDir;
