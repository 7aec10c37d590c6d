import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EventEntity } from '@community-hub/catalog-common';
import { calendarMigrationsDirectory } from '../database/migrateDatabase';
import { EventIndex } from '../eventIndex/EventIndex';
import { EventIndexStore } from '../eventIndex/EventIndexStore';
import { berlinCall, eventEntity, workshop } from '../__testUtils__/testEvents';
import { RegistrationStore } from '../registrations/RegistrationStore';
import { ReminderStore } from './ReminderStore';
import { sendReminders } from './sendReminders';

const AMARA = 'user:default/amara.okafor';
const KWAME = 'user:default/kwame.mensah';
const CALL = 'event:default/monthly-community-call';

// The call is on 10 December 2026 at 17:00 in Berlin (CET, UTC+1): 16:00 UTC.
const call: EventEntity = {
  ...berlinCall,
  spec: {
    ...berlinCall.spec,
    location: { onlineUrl: 'https://meet.kestrel-project.org/community-call' },
  },
};
const cancelledCall = eventEntity('cancelled-call', {
  ...berlinCall.spec,
  recurrence: undefined,
  status: 'cancelled',
});
const designReview = eventEntity(
  'design-review',
  {
    start: '2026-12-10T17:00',
    end: '2026-12-10T18:00',
    timeZone: 'Europe/Berlin',
    location: { venue: 'Kestrel office' },
  },
  'Design review',
);
const lisbonWorkshop: EventEntity = {
  ...workshop,
  spec: {
    ...workshop.spec,
    location: { venue: 'LX Factory', address: 'Lisbon' },
  },
};

describe('sendReminders', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function setUp(
    databaseId: TestDatabaseId,
    events: EventEntity[] = [call],
  ) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: calendarMigrationsDirectory });
    const indexStore = new EventIndexStore(knex);
    await indexStore.replaceAll(
      events.map(entity => ({
        entityRef: stringifyEntityRef(entity),
        contentHash: 'h',
        entity,
      })),
      new Date('2026-11-01T00:00:00Z'),
    );
    const registrationStore = new RegistrationStore(knex);
    const notifications = { send: jest.fn(async () => {}) };
    const logger = mockServices.logger.mock();
    const options = {
      index: new EventIndex(indexStore),
      registrationStore,
      reminderStore: new ReminderStore(knex),
      notifications,
      logger,
    };
    const run = (now: string) =>
      sendReminders({
        ...options,
        reminders: [{ days: 1 }, { hours: 1 }],
        scanEvery: { minutes: 5 },
        now: new Date(now),
      });
    const register = (eventRef: string, userRef: string, at: string) =>
      registrationStore.register({ eventRef, userRef, now: new Date(at) });
    return { knex, run, register, notifications, logger };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('reminds a day before, once, and an hour before', async () => {
      const { run, register, notifications } = await setUp(databaseId);
      await register(CALL, AMARA, '2026-12-01T10:00:00Z');

      expect(await run('2026-12-09T15:59:00Z')).toEqual({ sent: 0 });
      expect(await run('2026-12-09T16:00:00Z')).toEqual({ sent: 1 });
      expect(notifications.send).toHaveBeenLastCalledWith({
        recipients: { type: 'entity', entityRef: [AMARA] },
        payload: {
          title: 'Tomorrow: Kestrel community call',
          description:
            'Thursday 10 December 2026, 17:00 (Europe/Berlin), online: https://meet.kestrel-project.org/community-call',
          link: '/catalog/default/event/monthly-community-call',
          topic: 'calendar',
          scope:
            'calendar:reminder:event:default/monthly-community-call:2026-12-10T16:00:00.000Z:P1D',
        },
      });

      // The next scan finds it claimed.
      expect(await run('2026-12-09T16:05:00Z')).toEqual({ sent: 0 });

      expect(await run('2026-12-10T15:00:00Z')).toEqual({ sent: 1 });
      expect(notifications.send).toHaveBeenLastCalledWith(
        expect.objectContaining({
          payload: expect.objectContaining({
            title: 'In 1 hour: Kestrel community call',
            scope:
              'calendar:reminder:event:default/monthly-community-call:2026-12-10T16:00:00.000Z:PT1H',
          }),
        }),
      );
      expect(await run('2026-12-10T15:55:00Z')).toEqual({ sent: 0 });
      expect(await run('2026-12-10T16:00:00Z')).toEqual({ sent: 0 });
      expect(notifications.send).toHaveBeenCalledTimes(2);
    });

    it('sends one notification to everyone registered, not to the waitlist', async () => {
      const { run, register, notifications } = await setUp(databaseId, [
        lisbonWorkshop,
      ]);
      const ref = 'event:default/connector-workshop-lisbon';
      await register(ref, AMARA, '2027-01-02T10:00:00Z');
      await register(ref, KWAME, '2027-01-03T10:00:00Z');

      // 20 January 2027, 14:00 in Lisbon (WET, UTC+0).
      expect(await run('2027-01-19T14:00:00Z')).toEqual({ sent: 1 });
      expect(notifications.send).toHaveBeenCalledWith({
        recipients: { type: 'entity', entityRef: [AMARA, KWAME] },
        payload: expect.objectContaining({
          title: 'Tomorrow: Connector workshop',
          description:
            'Wednesday 20 January 2027, 14:00 (Europe/Lisbon), at LX Factory, Lisbon',
        }),
      });
    });

    it('gives a late registrant the hour’s reminder but not the day’s', async () => {
      const { run, register, notifications } = await setUp(databaseId);
      await register(CALL, AMARA, '2026-12-10T13:00:00Z');

      expect(await run('2026-12-10T13:00:00Z')).toEqual({ sent: 0 });
      expect(await run('2026-12-10T15:02:00Z')).toEqual({ sent: 1 });
      expect(notifications.send).toHaveBeenCalledTimes(1);
      expect(notifications.send).toHaveBeenCalledWith(
        expect.objectContaining({
          payload: expect.objectContaining({
            title: 'In 1 hour: Kestrel community call',
          }),
        }),
      );
    });

    it('does not send a reminder that fell due more than two scans ago', async () => {
      const { run, register } = await setUp(databaseId);
      await register(CALL, AMARA, '2026-12-01T10:00:00Z');

      expect(await run('2026-12-09T16:10:00Z')).toEqual({ sent: 0 });
      expect(await run('2026-12-10T15:09:59Z')).toEqual({ sent: 1 });
    });

    it('reminds of later occurrences in the event’s own zone, across daylight saving', async () => {
      const { run, register, notifications } = await setUp(databaseId);
      await register(CALL, AMARA, '2026-12-01T10:00:00Z');

      // Second Thursday of April 2027: the 8th, 17:00 CEST (UTC+2) = 15:00 UTC.
      expect(await run('2027-04-07T15:00:00Z')).toEqual({ sent: 1 });
      expect(notifications.send).toHaveBeenCalledWith(
        expect.objectContaining({
          payload: expect.objectContaining({
            description: expect.stringMatching(
              /^Thursday 8 April 2027, 17:00 \(Europe\/Berlin\)/,
            ),
            scope:
              'calendar:reminder:event:default/monthly-community-call:2027-04-08T15:00:00.000Z:P1D',
          }),
        }),
      );
      // 12 August 2027 is excluded from the series.
      expect(await run('2027-08-11T15:00:00Z')).toEqual({ sent: 0 });
    });

    it('sends nothing for cancelled events', async () => {
      const { run, register, notifications } = await setUp(databaseId, [
        call,
        cancelledCall,
      ]);
      await register(
        'event:default/cancelled-call',
        AMARA,
        '2026-12-01T10:00:00Z',
      );

      expect(await run('2026-12-09T16:00:00Z')).toEqual({ sent: 0 });
      expect(await run('2026-12-10T15:00:00Z')).toEqual({ sent: 0 });
      expect(notifications.send).not.toHaveBeenCalled();
    });

    it('sends once when two runs race', async () => {
      const { run, register, notifications } = await setUp(databaseId);
      await register(CALL, AMARA, '2026-12-01T10:00:00Z');

      const results = await Promise.all([
        run('2026-12-09T16:01:00Z'),
        run('2026-12-09T16:01:00Z'),
      ]);

      expect(results.map(r => r.sent).sort()).toEqual([0, 1]);
      expect(notifications.send).toHaveBeenCalledTimes(1);
    });

    it('logs a failed send and goes on with the other events', async () => {
      const { run, register, notifications, logger } = await setUp(databaseId, [
        call,
        designReview,
      ]);
      await register(CALL, AMARA, '2026-12-01T10:00:00Z');
      await register(
        'event:default/design-review',
        AMARA,
        '2026-12-01T10:00:00Z',
      );
      notifications.send.mockRejectedValueOnce(
        new Error('notifications backend is down'),
      );

      expect(await run('2026-12-09T16:00:00Z')).toEqual({ sent: 1 });
      expect(notifications.send).toHaveBeenCalledTimes(2);
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('notifications backend is down'),
      );
    });

    it('forgets reminders of occurrences more than 30 days old', async () => {
      const { run, register, knex } = await setUp(databaseId);
      await register(CALL, AMARA, '2026-12-01T10:00:00Z');
      await run('2026-12-09T16:00:00Z');
      expect(await knex('calendar_reminders_sent').select('reminder')).toEqual([
        { reminder: 'P1D' },
      ]);

      // The occurrence started at 16:00 UTC on 10 December; 30 days later is 9 January, 16:00.
      await run('2027-01-09T15:59:59Z');
      expect(await knex('calendar_reminders_sent').select('reminder')).toEqual([
        { reminder: 'P1D' },
      ]);
      await run('2027-01-09T16:00:01Z');
      expect(await knex('calendar_reminders_sent').select('reminder')).toEqual(
        [],
      );
    });
  });
});
