import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { EventEntitiesProcessor } from './processors/EventEntitiesProcessor';
import { PartnerEntitiesProcessor } from './processors/PartnerEntitiesProcessor';

/**
 * Adds the community kinds, `Partner` and `Event`, to the catalog.
 *
 * @public
 */
export const catalogModuleCommunityKinds = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'community-kinds',
  register(env) {
    env.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new PartnerEntitiesProcessor(), new EventEntitiesProcessor());
      },
    });
  },
});
