import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@community-hub/plugin-calendar-backend',
  'migrations',
);

/** Runs the calendar's migrations unless the database service says to skip them. */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({ directory: migrationsDir });
  }
  return knex;
}

/** For the migration test: the same directory, stepped up and down. */
export const calendarMigrationsDirectory = migrationsDir;
