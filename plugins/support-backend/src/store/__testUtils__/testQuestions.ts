import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { supportMigrationsDirectory } from '../../database/migrateDatabase';
import { KnexSupportStore } from '../KnexSupportStore';
import type { NewQuestionRecord } from '../SupportStore';

/** People and teams of the store tests. */
export const people = {
  amara: 'user:default/amara.okafor',
  jonas: 'user:default/jonas.berg',
  priya: 'user:default/priya.raman',
  bot: 'user:default/kestrel-bot',
};

export const teams = {
  flow: 'group:default/flow-maintainers',
  support: 'group:default/support-team',
  security: 'group:default/security-team',
};

const HOUR = 3_600_000;

/** An instant `hours` after 1 March 2027 09:00 UTC. */
export function at(hours: number): Date {
  return new Date(Date.UTC(2027, 2, 1, 9) + hours * HOUR);
}

/** A question in the `kestrel-flow` queue, created at `at(0)`, due in 4 h / 24 h. */
export function newQuestion(
  overrides: Partial<NewQuestionRecord> = {},
): NewQuestionRecord {
  const createdAt = overrides.createdAt ?? at(0);
  return {
    queueId: 'kestrel-flow',
    teamRef: teams.flow,
    title: 'Flow stalls after upgrade',
    body: 'The pipeline hangs at the second step.',
    tags: ['upgrade'],
    priority: 'normal',
    visibility: 'public',
    authorRef: people.amara,
    createdAt,
    firstResponseDueAt: new Date(createdAt.getTime() + 4 * HOUR),
    resolutionDueAt: new Date(createdAt.getTime() + 24 * HOUR),
    ...overrides,
  };
}

/** A migrated store on a fresh test database. */
export async function createTestStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<{ store: KnexSupportStore; knex: Knex }> {
  const knex = await databases.init(databaseId);
  await knex.migrate.latest({ directory: supportMigrationsDirectory });
  return { store: new KnexSupportStore(knex), knex };
}
