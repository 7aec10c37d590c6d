import type { BasicPermission } from '@backstage/plugin-permission-common';
import {
  communityEventCreatePermission,
  communityLearningPathCreatePermission,
  communityPackageCreatePermission,
  communityPartnerCreatePermission,
} from './permissions';
import { EntityFieldError } from './EntityFieldError';

/**
 * The Component types of packages.
 *
 * @public
 */
export const PACKAGE_COMPONENT_TYPES = [
  'library',
  'framework',
  'tool',
] as const;

/**
 * The Component type of learning paths and courses.
 *
 * @public
 */
export const LEARNING_PATH_COMPONENT_TYPE = 'learning-path';

/**
 * What the portal keeps, each with its own create permission: packages and
 * learning paths (Components), Events (gatherings and content items) and
 * Partners.
 *
 * @public
 */
export type CreatedEntityCategory =
  | 'package'
  | 'learning-path'
  | 'event'
  | 'partner';

/**
 * The permission needed to create an entity of each category.
 *
 * @public
 */
export const createPermissionOfCategory: Readonly<
  Record<CreatedEntityCategory, BasicPermission>
> = Object.freeze({
  package: communityPackageCreatePermission,
  'learning-path': communityLearningPathCreatePermission,
  event: communityEventCreatePermission,
  partner: communityPartnerCreatePermission,
});

const KINDS = ['Component', 'Event', 'Partner'];
const COMPONENT_TYPES: readonly string[] = [
  ...PACKAGE_COMPONENT_TYPES,
  LEARNING_PATH_COMPONENT_TYPE,
];

/**
 * The category of an entity the portal is asked to keep, from its kind and,
 * for Components, its `spec.type`.
 *
 * @throws EntityFieldError naming `kind` or `spec.type` when the portal does
 * not keep entities of that kind or type.
 * @public
 */
export function createdEntityCategory(entity: {
  kind?: unknown;
  spec?: unknown;
}): CreatedEntityCategory {
  switch (entity.kind) {
    case 'Event':
      return 'event';
    case 'Partner':
      return 'partner';
    case 'Component': {
      const type = (entity.spec as { type?: unknown } | undefined)?.type;
      if (type === LEARNING_PATH_COMPONENT_TYPE) return 'learning-path';
      if (typeof type === 'string' && COMPONENT_TYPES.includes(type))
        return 'package';
      throw new EntityFieldError(
        'spec.type',
        `must be one of ${COMPONENT_TYPES.join(', ')}, got ${JSON.stringify(
          type ?? null,
        )}`,
      );
    }
    default:
      throw new EntityFieldError(
        'kind',
        `must be one of ${KINDS.join(', ')}, got ${JSON.stringify(
          entity.kind ?? null,
        )}`,
      );
  }
}
