import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { calendarMigrationsDirectory } from '../database/migrateDatabase';
import { ReminderStore } from './ReminderStore';

const CALL = 'event:default/monthly-community-call';
const DECEMBER = '2026-12-10T16:00:00.000Z';
const JANUARY = '2027-01-14T16:00:00.000Z';
const now = new Date('2026-12-09T16:00:00Z');

describe('ReminderStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: calendarMigrationsDirectory });
    return { store: new ReminderStore(knex), knex };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('lets each reminder be claimed once', async () => {
      const { store } = await createStore(databaseId);

      expect(await store.claim(CALL, DECEMBER, 'P1D', now)).toBe(true);
      expect(await store.claim(CALL, DECEMBER, 'P1D', now)).toBe(false);
      // Another offset, occurrence or event is another reminder.
      expect(await store.claim(CALL, DECEMBER, 'PT1H', now)).toBe(true);
      expect(await store.claim(CALL, JANUARY, 'P1D', now)).toBe(true);
      expect(
        await store.claim(
          'event:default/connector-workshop-lisbon',
          DECEMBER,
          'P1D',
          now,
        ),
      ).toBe(true);
    });

    it('gives a racing claim to exactly one caller', async () => {
      const { store } = await createStore(databaseId);
      const claims = await Promise.all(
        Array.from({ length: 5 }, () =>
          store.claim(CALL, DECEMBER, 'P1D', now),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('prunes reminders of occurrences that started before the given time', async () => {
      const { store, knex } = await createStore(databaseId);
      await store.claim(CALL, '2026-10-08T15:00:00.000Z', 'P1D', now);
      await store.claim(CALL, DECEMBER, 'P1D', now);

      expect(await store.prune(new Date('2026-11-09T16:00:00Z'))).toBe(1);

      const left = await knex('calendar_reminders_sent').select(
        'occurrence_start',
      );
      expect(left).toEqual([{ occurrence_start: DECEMBER }]);
      expect(
        await store.claim(CALL, '2026-10-08T15:00:00.000Z', 'P1D', now),
      ).toBe(true);
    });
  });
});
