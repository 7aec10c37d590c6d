import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { communityCreatedEntityPermissions } from '@community-hub/catalog-common';
import { readCreatedContentConfig } from './createdEntities/config';
import { CreatedEntityAuthorizer } from './createdEntities/CreatedEntityAuthorizer';
import { CreatedEntityProvider } from './createdEntities/CreatedEntityProvider';
import { CreatedEntityService } from './createdEntities/CreatedEntityService';
import { DatabaseCreatedEntityStore } from './createdEntities/CreatedEntityStore';
import { createCreatedEntitiesRouter } from './createdEntities/router';
import { EventEntitiesProcessor } from './processors/EventEntitiesProcessor';
import { PartnerEntitiesProcessor } from './processors/PartnerEntitiesProcessor';

/**
 * Adds the community kinds, `Partner` and `Event`, to the catalog, and the
 * entities the portal keeps: created through
 * `/api/catalog/community/created-entities`, kept in the catalog's database
 * and served to the catalog by an entity provider.
 *
 * @public
 */
export const catalogModuleCommunity = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'community',
  register(env) {
    env.registerInit({
      deps: {
        catalogProcessing: catalogProcessingExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        userInfo: coreServices.userInfo,
      },
      async init(deps) {
        const { catalogProcessing, logger } = deps;
        catalogProcessing.addProcessor(
          new PartnerEntitiesProcessor(),
          new EventEntitiesProcessor(),
        );

        const store = await DatabaseCreatedEntityStore.create({
          database: deps.database,
        });
        const provider = new CreatedEntityProvider({
          store,
          logger,
          taskRunner: deps.scheduler.createScheduledTaskRunner({
            frequency: { minutes: 5 },
            timeout: { minutes: 1 },
            initialDelay: { minutes: 1 },
            scope: 'global',
          }),
        });
        catalogProcessing.addEntityProvider(provider);

        deps.permissionsRegistry.addPermissions(
          communityCreatedEntityPermissions,
        );
        const service = new CreatedEntityService({
          store,
          publisher: provider,
          authorizer: new CreatedEntityAuthorizer({
            permissions: deps.permissions,
            userInfo: deps.userInfo,
          }),
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
          directory: readCreatedContentConfig(deps.config).directory,
        });
        deps.httpRouter.use(
          createCreatedEntitiesRouter({ httpAuth: deps.httpAuth, service }),
        );
      },
    });
  },
});
