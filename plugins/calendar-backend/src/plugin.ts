import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { calendarPermissions } from '@community-hub/plugin-calendar-common';
import { readCalendarConfig } from './config';
import { migrateDatabase } from './database/migrateDatabase';
import { EventIndex } from './eventIndex/EventIndex';
import { EventIndexStore } from './eventIndex/EventIndexStore';
import { syncEventIndex } from './eventIndex/syncEventIndex';
import { FeedTokenStore } from './feeds/FeedTokenStore';
import { CalendarAuthorizer } from './permissions/CalendarAuthorizer';
import {
  calendarEventResourceRef,
  calendarPermissionRules,
} from './permissions/rules';
import { RegistrationService } from './registrations/RegistrationService';
import { RegistrationStore } from './registrations/RegistrationStore';
import { ReminderStore } from './reminders/ReminderStore';
import { sendReminders } from './reminders/sendReminders';
import { createRouter } from './service/router';

/**
 * The community calendar: an index of Event entities, registration with
 * waitlists, RFC 5545 feeds behind per-person tokens, `.ics` import and
 * reminders.
 *
 * @public
 */
export const calendarPlugin = createBackendPlugin({
  pluginId: 'calendar',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        database: coreServices.database,
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const {
          auth,
          catalog,
          config,
          database,
          httpAuth,
          httpRouter,
          logger,
          notifications,
          scheduler,
        } = deps;
        const settings = readCalendarConfig(config);
        const knex = await migrateDatabase(database);

        deps.permissionsRegistry.addResourceType({
          resourceRef: calendarEventResourceRef,
          permissions: calendarPermissions,
          rules: calendarPermissionRules,
        });

        const indexStore = new EventIndexStore(knex);
        const index = new EventIndex(indexStore);
        const registrationStore = new RegistrationStore(knex);
        const registrations = new RegistrationService({
          store: registrationStore,
          notifications,
          logger,
        });
        const authorizer = new CalendarAuthorizer({
          permissions: deps.permissions,
          permissionsRegistry: deps.permissionsRegistry,
        });

        await scheduler.scheduleTask({
          id: 'calendar-index-sync',
          frequency: settings.indexRefresh,
          timeout: { minutes: 5 },
          initialDelay: { seconds: 5 },
          scope: 'global',
          fn: async () => {
            const changes = await syncEventIndex({
              catalog,
              auth,
              store: indexStore,
              logger,
            });
            index.invalidate();
            if (changes.changed > 0) {
              // A raised capacity frees seats for the waitlist.
              await registrations.fillRaisedCapacities(await index.current());
            }
          },
        });

        const reminderStore = new ReminderStore(knex);
        await scheduler.scheduleTask({
          id: 'calendar-reminders',
          frequency: settings.reminderScan,
          timeout: { minutes: 5 },
          initialDelay: { minutes: 1 },
          scope: 'global',
          fn: async () => {
            await sendReminders({
              index,
              registrationStore,
              reminderStore,
              notifications,
              logger,
              reminders: settings.reminders,
              scanEvery: settings.reminderScan,
              now: new Date(),
            });
          },
        });

        httpRouter.addAuthPolicy({ path: '/feeds', allow: 'unauthenticated' });
        httpRouter.addAuthPolicy({ path: '/public', allow: 'unauthenticated' });
        httpRouter.use(
          await createRouter({
            httpAuth,
            logger,
            index,
            authorizer,
            registrations,
            registrationStore,
            feedTokens: new FeedTokenStore(knex),
            feedBaseUrl: `${await deps.discovery.getExternalBaseUrl(
              'calendar',
            )}/feeds`,
            publicFeed: settings.publicFeed,
          }),
        );
      },
    });
  },
});
