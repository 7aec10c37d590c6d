import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The one place community health asks the permission framework. Exemptions
 * and recomputation are decided per entity: the catalog entity is the
 * resource, so a policy can allow the entity's owners
 * (`catalogConditions.isEntityOwner`) next to community managers.
 */
export class HealthAuthorizer {
  constructor(private readonly permissions: PermissionsService) {}

  /** @throws NotAllowedError with `message` unless allowed. */
  async authorize(
    credentials: BackstageCredentials,
    permission: BasicPermission,
    message: string,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(message);
    }
  }

  /** Whether each permission is allowed on the entity, in one request. */
  async allowedOnEntity(
    credentials: BackstageCredentials,
    permissions: ResourcePermission<'catalog-entity'>[],
    entityRef: string,
  ): Promise<boolean[]> {
    const decisions = await this.permissions.authorize(
      permissions.map(permission => ({ permission, resourceRef: entityRef })),
      { credentials },
    );
    return decisions.map(d => d.result === AuthorizeResult.ALLOW);
  }

  /** @throws NotAllowedError with `message` unless allowed on the entity. */
  async authorizeOnEntity(
    credentials: BackstageCredentials,
    permission: ResourcePermission<'catalog-entity'>,
    entityRef: string,
    message: string,
  ): Promise<void> {
    const [allowed] = await this.allowedOnEntity(
      credentials,
      [permission],
      entityRef,
    );
    if (!allowed) throw new NotAllowedError(message);
  }
}
