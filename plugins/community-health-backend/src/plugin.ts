import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { CalendarClient } from '@community-hub/plugin-calendar-common';
import { communityHealthPermissions } from '@community-hub/plugin-community-health-common';
import {
  communityHealthMetricsExtensionPoint,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import { SupportClient } from '@community-hub/plugin-support-common';
import { CatalogReader } from './catalog/CatalogReader';
import {
  COMPUTATION_TASK_ID,
  ComputationRuns,
  createComputationTask,
  REQUESTED_COMPUTATION_TASK_ID,
} from './computation/computationRuns';
import {
  ComputationDeps,
  runFullComputation,
} from './computation/runFullComputation';
import { readCommunityHealthConfig } from './config';
import { seedDemoRepositories } from './demo/seedDemoRepositories';
import { HealthAuthorizer } from './permissions/HealthAuthorizer';
import { createCalendarProvider } from './providers/calendar/createCalendarProvider';
import { createCatalogProvider } from './providers/catalog/createCatalogProvider';
import { publishedSitesFromConfig } from './providers/catalog/publishedSites';
import {
  createContributionsProvider,
  readRepositoriesConfig,
} from './providers/contributions';
import { serviceFetch } from './providers/serviceFetch';
import { createSupportProvider } from './providers/support/createSupportProvider';
import { loadScorecards } from './scorecards/loadScorecards';
import { checkProviders } from './providers/checkProviders';
import { createRouter } from './service/router';
import { KnexHealthStore } from './store/KnexHealthStore';

/**
 * Community health: metrics from the catalog, support, the calendar, git
 * history and any module's providers; scorecards with levels; exemptions;
 * daily snapshots with retention; roll-ups for partners, groups and the
 * community.
 *
 * @public
 */
export const communityHealthPlugin = createBackendPlugin({
  pluginId: 'community-health',
  register(env) {
    const added: MetricProvider[] = [];
    env.registerExtensionPoint(communityHealthMetricsExtensionPoint, {
      addMetricProvider(...providers) {
        added.push(...providers);
      },
    });

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
      },
      async init(deps) {
        const { auth, config, discovery, logger, scheduler } = deps;
        const settings = readCommunityHealthConfig(config);
        const scorecards = await loadScorecards(settings.scorecardsFile);
        const store = await KnexHealthStore.create({ database: deps.database });
        deps.permissionsRegistry.addPermissions(communityHealthPermissions);

        const repositories = readRepositoriesConfig(config);
        if (repositories.demo) {
          await seedDemoRepositories({
            directory: repositories.directory,
            now: new Date(),
            logger,
          });
        }

        const catalog = new CatalogReader(deps.catalog, auth);
        const providers = checkProviders(
          [
            createCatalogProvider({
              publishedSites: publishedSitesFromConfig(config),
            }),
            createSupportProvider({
              support: new SupportClient({
                discoveryApi: discovery,
                fetchApi: serviceFetch(auth, 'support'),
              }),
            }),
            createCalendarProvider({
              calendar: new CalendarClient({
                discoveryApi: discovery,
                fetchApi: serviceFetch(auth, 'calendar'),
              }),
              speakersOf: refs => catalog.eventSpeakers(refs),
            }),
            createContributionsProvider({ config, logger }),
            ...added,
          ],
          scorecards,
          logger,
        );

        const computation: ComputationDeps = {
          store,
          scorecards,
          providers,
          catalog,
          logger,
          windowDays: settings.windowDays,
          retention: settings.retention,
        };
        const { runTimeoutMs } = settings;
        const task = (requestsOnly: boolean) =>
          createComputationTask({
            store,
            logger,
            runTimeoutMs,
            requestsOnly,
            compute: options => runFullComputation(computation, options),
          });
        await scheduler.scheduleTask({
          id: COMPUTATION_TASK_ID,
          ...settings.schedule,
          scope: 'global',
          fn: task(false),
        });
        await scheduler.scheduleTask({
          id: REQUESTED_COMPUTATION_TASK_ID,
          frequency: { trigger: 'manual' },
          timeout: settings.schedule.timeout,
          scope: 'global',
          fn: task(true),
        });

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            authorizer: new HealthAuthorizer(deps.permissions),
            logger,
            store,
            scorecards,
            definitions: () => providers.flatMap(p => p.definitions),
            catalog,
            computation,
            runs: new ComputationRuns({
              store,
              scheduler,
              logger,
              runTimeoutMs,
            }),
          }),
        );
      },
    });
  },
});
