import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/** Reading scores, history, scorecards and exemptions; every signed-in user. @public */
export const communityHealthReadPermission = createPermission({
  name: 'community-health.read',
  attributes: { action: 'read' },
});

/**
 * Adding and withdrawing exemptions of an entity; for the entity's owners
 * (its maintainers) and community managers. Decided on the catalog entity.
 *
 * @public
 */
export const communityHealthExemptionManagePermission = createPermission({
  name: 'community-health.exemption.manage',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Recomputing one entity now; for its owners and community managers. @public */
export const communityHealthRecomputePermission = createPermission({
  name: 'community-health.recompute',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Starting a full computation; community managers. @public */
export const communityHealthRunPermission = createPermission({
  name: 'community-health.run',
  attributes: { action: 'create' },
});

/** @public */
export const communityHealthPermissions = [
  communityHealthReadPermission,
  communityHealthExemptionManagePermission,
  communityHealthRecomputePermission,
  communityHealthRunPermission,
];
