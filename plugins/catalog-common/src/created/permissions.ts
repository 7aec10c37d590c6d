import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Creating a package kept by the portal: a Component of type library,
 * framework or tool. For maintainers and community managers.
 *
 * @public
 */
export const communityPackageCreatePermission = createPermission({
  name: 'community.package.create',
  attributes: { action: 'create' },
});

/**
 * Creating an Event kept by the portal, a gathering or a content item. For
 * event organisers and community managers.
 *
 * @public
 */
export const communityEventCreatePermission = createPermission({
  name: 'community.event.create',
  attributes: { action: 'create' },
});

/**
 * Creating a Partner kept by the portal. For community managers.
 *
 * @public
 */
export const communityPartnerCreatePermission = createPermission({
  name: 'community.partner.create',
  attributes: { action: 'create' },
});

/**
 * Creating a learning path kept by the portal: a Component of type
 * `learning-path`. For educators and community managers.
 *
 * @public
 */
export const communityLearningPathCreatePermission = createPermission({
  name: 'community.learning-path.create',
  attributes: { action: 'create' },
});

/**
 * Updating and deleting any entity kept by the portal. Its creator and the
 * members of its owner group may do so without it; the policy grants it to
 * community managers.
 *
 * @public
 */
export const communityCreatedEntityManagePermission = createPermission({
  name: 'community.created-entity.manage',
  attributes: { action: 'update' },
});

/**
 * The permissions of entities kept by the portal.
 *
 * @public
 */
export const communityCreatedEntityPermissions = [
  communityPackageCreatePermission,
  communityEventCreatePermission,
  communityPartnerCreatePermission,
  communityLearningPathCreatePermission,
  communityCreatedEntityManagePermission,
];
