import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { SupportFaqCollatorFactory } from './collators/SupportFaqCollatorFactory';
import { SupportQuestionCollatorFactory } from './collators/SupportQuestionCollatorFactory';
import { readCollatorSchedule } from './schedule';
import { createServiceSupportApi } from './serviceSupportApi';

/**
 * Indexes public support questions (`support-question`) and FAQ entries
 * (`support-faq`) for search, on the schedule of
 * `search.collators.support.schedule` (default every 10 minutes).
 *
 * @public
 */
export const searchModuleSupportCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'support-collator',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        indexRegistry: searchIndexRegistryExtensionPoint,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({
        auth,
        config,
        discovery,
        indexRegistry,
        logger,
        scheduler,
      }) {
        const api = createServiceSupportApi({ discovery, auth });
        const schedule = readCollatorSchedule(config);
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new SupportQuestionCollatorFactory({ api, logger }),
        });
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new SupportFaqCollatorFactory({ api, logger }),
        });
      },
    });
  },
});
