import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createDestinationAction } from './actions/destination';
import { createEntityCreateAction } from './actions/entityCreate';
import { createGitCommitAction } from './actions/gitCommit';
import { createValidateAction } from './actions/validate';
import { readCreatedContentConfig } from './config';
import { createCreatedEntitiesClient } from './lib/createdEntitiesClient';

/**
 * The community templates' scaffolder actions: `community:validate`,
 * `community:git:commit`, `community:entity:create` and
 * `community:destination`.
 *
 * @public
 */
export const scaffolderModuleCommunity = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'community',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        catalog: catalogServiceRef,
      },
      async init({ scaffolderActions, auth, config, discovery, catalog }) {
        const settings = readCreatedContentConfig(config);
        scaffolderActions.addActions(
          createDestinationAction({ settings }),
          createValidateAction({ catalog }),
          createGitCommitAction({ settings }),
          createEntityCreateAction({
            settings,
            client: createCreatedEntitiesClient({ auth, discovery }),
            catalog,
          }),
        );
      },
    });
  },
});
