import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  communityCreatedEntityManagePermission,
  CreatedEntityCategory,
  createPermissionOfCategory,
} from '@community-hub/catalog-common';
import { CreatedEntityRecord } from './CreatedEntityStore';

/** Who may create what, for the messages of refusals. */
const WHO_MAY_CREATE: Record<CreatedEntityCategory, string> = {
  package: 'Only maintainers and community managers may create packages',
  'learning-path':
    'Only educators and community managers may create learning paths and courses',
  event:
    'Only event organisers and community managers may create events and content items',
  partner: 'Only community managers may create partners',
};

type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;

const sameRef = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/** The owner of a kept entity as a full ref, or undefined when it has none or a malformed one. */
function ownerOf(record: CreatedEntityRecord): string | undefined {
  const owner = record.entity.spec?.owner;
  if (typeof owner !== 'string') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: record.entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/**
 * The permission checks of the created-entities API: creating needs the
 * create permission of what is created; changing or deleting a kept entity is
 * for its creator, the members of its owner group and whoever holds
 * `community.created-entity.manage` (community managers).
 */
export class CreatedEntityAuthorizer {
  constructor(
    private readonly options: {
      permissions: PermissionsService;
      userInfo: UserInfoService;
    },
  ) {}

  /** @throws NotAllowedError naming the roles that may create it. */
  async authorizeCreate(
    credentials: UserCredentials,
    category: CreatedEntityCategory,
  ): Promise<void> {
    if (
      !(await this.isAllowed(credentials, createPermissionOfCategory[category]))
    ) {
      throw new NotAllowedError(WHO_MAY_CREATE[category]);
    }
  }

  /** @throws NotAllowedError unless the user may change or delete the entity. */
  async authorizeChange(
    credentials: UserCredentials,
    record: CreatedEntityRecord,
  ): Promise<void> {
    if (sameRef(credentials.principal.userEntityRef, record.createdBy)) {
      return;
    }
    const owner = ownerOf(record);
    if (owner) {
      const { ownershipEntityRefs } = await this.options.userInfo.getUserInfo(
        credentials,
      );
      if (ownershipEntityRefs.some(ref => sameRef(ref, owner))) {
        return;
      }
    }
    if (
      await this.isAllowed(credentials, communityCreatedEntityManagePermission)
    ) {
      return;
    }
    throw new NotAllowedError(
      `Only the creator of ${stringifyEntityRef(record.entity)}, ${
        owner ? `the members of ${owner}` : 'its owners'
      } and community managers may change or delete it`,
    );
  }

  private async isAllowed(
    credentials: UserCredentials,
    permission: BasicPermission,
  ): Promise<boolean> {
    const [decision] = await this.options.permissions.authorize(
      [{ permission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }
}
