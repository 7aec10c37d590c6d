import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { supportPermissions } from '@community-hub/plugin-support-common';
import { registerSupportActions } from './actions/registerSupportActions';
import { readSupportConfig } from './config';
import { seedDemoQuestions } from './demo/seedDemoQuestions';
import {
  supportTicketResourceRef,
  supportTicketPermissionRules,
} from './permissions/rules';
import { SupportAuthorizer } from './permissions/SupportAuthorizer';
import { loadTickets } from './permissions/ticketResources';
import { createQueueRegistry } from './queues/QueueRegistry';
import { createRouter } from './service/router';
import { createSupportService } from './service/SupportService';
import { scanBreaches } from './sla/scanBreaches';
import { KnexSupportStore } from './store/KnexSupportStore';

/**
 * Community support: queues with response guidelines, questions and
 * answers, votes, the FAQ, service-level breaches and metrics.
 *
 * @public
 */
export const supportPlugin = createBackendPlugin({
  pluginId: 'support',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        actionsRegistry: actionsRegistryServiceRef,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const { config, httpAuth, logger, notifications, scheduler } = deps;
        const settings = readSupportConfig(config);
        const store = await KnexSupportStore.create({
          database: deps.database,
        });

        deps.permissionsRegistry.addResourceType({
          resourceRef: supportTicketResourceRef,
          permissions: supportPermissions,
          rules: supportTicketPermissionRules,
          getResources: refs => loadTickets(store, refs),
        });

        const queues = await createQueueRegistry({
          config,
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
        });
        if (settings.demoSeed) {
          await seedDemoQuestions({
            store,
            queues: queues.registry,
            logger,
            now: new Date(),
          });
        }
        // The catalog answers once every plugin has started: read the packages then
        deps.lifecycle.addStartupHook(async () => {
          await queues
            .refresh()
            .catch(error =>
              logger.warn(
                `Support: could not read packages from the catalog; queues for packages without one follow on the next refresh: ${error}`,
              ),
            );
        });
        await scheduler.scheduleTask({
          id: 'support-queue-refresh',
          frequency: { minutes: 5 },
          timeout: { minutes: 2 },
          initialDelay: { minutes: 5 },
          scope: 'local',
          fn: queues.refresh,
        });
        await scheduler.scheduleTask({
          id: 'support-breach-scan',
          frequency: settings.breachScan,
          timeout: { minutes: 5 },
          initialDelay: { seconds: 30 },
          scope: 'global',
          fn: async () => {
            await scanBreaches({
              store,
              queues: queues.registry,
              notifications,
              logger,
              now: new Date(),
              communityManagerRefs: settings.communityManagers,
            });
          },
        });

        const service = createSupportService({
          store,
          queues: queues.registry,
          authorizer: new SupportAuthorizer({
            permissions: deps.permissions,
            ruleset: deps.permissionsRegistry.getPermissionRuleset(
              supportTicketResourceRef,
            ),
          }),
          notifications,
          logger,
          bots: settings.bots,
        });
        registerSupportActions({
          actionsRegistry: deps.actionsRegistry,
          service,
        });
        deps.httpRouter.use(
          createRouter({
            httpAuth,
            service,
            maxBodyLength: settings.maxBodyLength,
          }),
        );
      },
    });
  },
});
