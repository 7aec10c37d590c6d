import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { calendarMigrationsDirectory } from '../database/migrateDatabase';
import { RegistrationStore } from './RegistrationStore';

const WORKSHOP = 'event:default/connector-workshop-lisbon';
const now = new Date('2027-01-10T09:00:00Z');
const person = (n: number) => `user:default/person-${n}`;

describe('RegistrationStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(
    databaseId: TestDatabaseId,
  ): Promise<{ store: RegistrationStore; knex: Knex }> {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: calendarMigrationsDirectory });
    return { store: new RegistrationStore(knex), knex };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('gives the lowest free seat, then waitlists in order', async () => {
      const { store } = await createStore(databaseId);
      const first = await store.register({
        eventRef: WORKSHOP,
        userRef: person(1),
        capacity: 2,
        now,
      });
      const second = await store.register({
        eventRef: WORKSHOP,
        userRef: person(2),
        capacity: 2,
        now,
      });
      const third = await store.register({
        eventRef: WORKSHOP,
        userRef: person(3),
        capacity: 2,
        now,
      });
      const fourth = await store.register({
        eventRef: WORKSHOP,
        userRef: person(4),
        capacity: 2,
        now,
      });

      expect([first.seat, second.seat]).toEqual([1, 2]);
      expect(third).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
      });
      expect(fourth).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 2,
      });
      expect(await store.counts(WORKSHOP)).toEqual({
        registered: 2,
        waitlisted: 2,
      });
    });

    it('hands a freed seat to the first on the waitlist', async () => {
      const { store } = await createStore(databaseId);
      for (const n of [1, 2, 3, 4]) {
        await store.register({
          eventRef: WORKSHOP,
          userRef: person(n),
          capacity: 2,
          now,
        });
      }
      expect(await store.cancel(WORKSHOP, person(1), 2)).toEqual({
        cancelled: true,
        promoted: person(3),
      });
      expect(await store.get(WORKSHOP, person(3))).toMatchObject({
        status: 'registered',
        seat: 1,
      });
      expect(await store.get(WORKSHOP, person(4))).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
      });

      // Leaving the waitlist frees no seat and promotes nobody.
      expect(await store.cancel(WORKSHOP, person(4), 2)).toEqual({
        cancelled: true,
      });
      expect(await store.cancel(WORKSHOP, person(4), 2)).toEqual({
        cancelled: false,
      });
      expect(await store.counts(WORKSHOP)).toEqual({
        registered: 2,
        waitlisted: 0,
      });
    });

    it('registers without a seat when the event has no limit', async () => {
      const { store } = await createStore(databaseId);
      const registration = await store.register({
        eventRef: 'event:default/call',
        userRef: person(1),
        now,
      });
      expect(registration).toMatchObject({
        status: 'registered',
        seat: undefined,
      });
    });

    it('refuses a second registration of the same person', async () => {
      const { store } = await createStore(databaseId);
      await store.register({
        eventRef: WORKSHOP,
        userRef: person(1),
        capacity: 2,
        now,
      });
      await expect(
        store.register({
          eventRef: WORKSHOP,
          userRef: person(1),
          capacity: 2,
          now,
        }),
      ).rejects.toThrow(ConflictError);
    });

    it('fills seats from the waitlist when the capacity rises', async () => {
      const { store } = await createStore(databaseId);
      for (const n of [1, 2, 3, 4]) {
        await store.register({
          eventRef: WORKSHOP,
          userRef: person(n),
          capacity: 1,
          now,
        });
      }
      expect(await store.fillFreeSeats(WORKSHOP, 3)).toEqual([
        person(2),
        person(3),
      ]);
      expect(await store.counts(WORKSHOP)).toEqual({
        registered: 3,
        waitlisted: 1,
      });
    });

    it('never overbooks or double-registers under concurrent requests', async () => {
      const { store } = await createStore(databaseId);
      const capacity = 20;
      // 40 people at once, and each of the first 10 twice
      const attempts = [
        ...Array.from({ length: 40 }, (_, i) => person(i)),
        ...Array.from({ length: 10 }, (_, i) => person(i)),
      ];
      const results = await Promise.allSettled(
        attempts.map(userRef =>
          store.register({ eventRef: WORKSHOP, userRef, capacity, now }),
        ),
      );

      const failures = results.filter(
        r => r.status === 'rejected',
      ) as PromiseRejectedResult[];
      expect(failures).toHaveLength(10);
      for (const failure of failures)
        expect(failure.reason).toBeInstanceOf(ConflictError);

      const all = await store.list(WORKSHOP);
      const seated = all.filter(r => r.status === 'registered');
      expect(all).toHaveLength(40);
      expect(seated).toHaveLength(capacity);
      expect(new Set(seated.map(r => r.seat))).toEqual(
        new Set(Array.from({ length: capacity }, (_, i) => i + 1)),
      );
      expect(
        all.filter(r => r.status === 'waitlisted').map(r => r.waitlistPosition),
      ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('promotes each waitlisted person once when seats free up concurrently', async () => {
      const { store } = await createStore(databaseId);
      for (let n = 0; n < 10; n++) {
        await store.register({
          eventRef: WORKSHOP,
          userRef: person(n),
          capacity: 5,
          now,
        });
      }
      const results = await Promise.all(
        [0, 1, 2, 3, 4].map(n => store.cancel(WORKSHOP, person(n), 5)),
      );
      expect(results.map(r => r.promoted).sort()).toEqual(
        [5, 6, 7, 8, 9].map(person).sort(),
      );
      expect(await store.counts(WORKSHOP)).toEqual({
        registered: 5,
        waitlisted: 0,
      });
    });

    it('keeps the database from holding a seat beyond the capacity', async () => {
      const { knex } = await createStore(databaseId);
      await expect(
        knex('calendar_registrations').insert({
          event_ref: WORKSHOP,
          user_ref: person(1),
          status: 'registered',
          seat: 3,
          capacity: 2,
          registered_at: now.toISOString(),
        }),
      ).rejects.toThrow(/check|constraint/i);
      await expect(
        knex('calendar_registrations').insert({
          event_ref: WORKSHOP,
          user_ref: person(2),
          status: 'waitlisted',
          seat: 1,
          capacity: 2,
          registered_at: now.toISOString(),
        }),
      ).rejects.toThrow(/check|constraint/i);
    });
  });
});
