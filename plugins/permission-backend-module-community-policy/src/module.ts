import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { CommunityPermissionPolicy } from './CommunityPermissionPolicy';
import { CommunityRoleResolver, readCommunityRoleGroups } from './roles';

/**
 * Installs the community permission policy in the permission backend, with
 * the role groups read from `communityHub.roles` at startup.
 *
 * @public
 */
export const permissionModuleCommunityPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'community-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
        logger: coreServices.logger,
      },
      async init({ policy, config, userInfo, logger }) {
        const groups = readCommunityRoleGroups(config);
        policy.setPolicy(
          new CommunityPermissionPolicy({
            roles: new CommunityRoleResolver(groups),
            userInfo,
          }),
        );
        logger.info(
          `Community permission policy installed; community managers: ${
            groups.communityManagers.join(', ') || 'none'
          }; maintainers: ${
            groups.maintainers.join(', ') || 'none'
          }; event organisers: ${
            groups.eventOrganisers.join(', ') || 'none'
          }; educators: ${groups.educators.join(', ') || 'none'}`,
        );
      },
    });
  },
});
