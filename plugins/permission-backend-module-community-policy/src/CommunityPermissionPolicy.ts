import { UserInfoService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  organisedEventsOnly,
  RESOURCE_TYPE_CALENDAR_EVENT,
} from '@community-hub/plugin-calendar-common';
import { accessRuleFor } from './accessRules';
import { CommunityRoleResolver } from './roles';
import { supportTicketDecision } from './supportAccess';
import {
  templateAudiencesOf,
  visibleTemplatesOnly,
} from './templateVisibility';

const ALLOW: PolicyDecision = Object.freeze({ result: AuthorizeResult.ALLOW });
const DENY: PolicyDecision = Object.freeze({ result: AuthorizeResult.DENY });

/**
 * Options for {@link CommunityPermissionPolicy}.
 *
 * @public
 */
export interface CommunityPermissionPolicyOptions {
  /** Resolves the community roles of a user. */
  roles: CommunityRoleResolver;
  /** Provides the ownership entity refs of the signed-in user. */
  userInfo: UserInfoService;
  /**
   * Whether templates are shown only to their audience (default). When false,
   * everyone sees every template and catalog reads need no condition; running
   * a template still needs the role, since creating what it makes does.
   */
  templatesByAudience?: boolean;
}

/**
 * The permission policy of the community portal.
 *
 * @remarks
 *
 * Requests without a signed-in user are denied. Reads, refreshing entities
 * and running software templates are open to every signed-in user; these are
 * decided without looking up the user, so the hot read path stays a few map
 * lookups. Reading catalog entities uses the ownership refs that come with
 * the request: community managers read everything, others everything but the
 * Template entities labelled for an audience they do not belong to (see
 * {@link visibleTemplatesOnly}). Everything else depends on the user's
 * community roles (see {@link CommunityRoleResolver} and
 * {@link communityAccessRules}): community managers may do everything,
 * maintainers may register entities and locations, create packages and delete
 * the entities their groups own, event organisers may import and create
 * events, educators may create learning paths, the organisers of an event see
 * its attendees, and other users may not create, update or delete anything.
 *
 * @public
 */
export class CommunityPermissionPolicy implements PermissionPolicy {
  private readonly roles: CommunityRoleResolver;
  private readonly userInfo: UserInfoService;
  private readonly templatesByAudience: boolean;
  // One read decision per permission and set of audiences; there are few.
  private readonly readDecisions = new Map<string, PolicyDecision>();

  static fromConfig(
    config: Config,
    options: { userInfo: UserInfoService },
  ): CommunityPermissionPolicy {
    return new CommunityPermissionPolicy({
      roles: CommunityRoleResolver.fromConfig(config),
      userInfo: options.userInfo,
      templatesByAudience:
        config.getOptionalString('communityHub.templates.visibility') !==
        'everyone',
    });
  }

  constructor(options: CommunityPermissionPolicyOptions) {
    this.roles = options.roles;
    this.userInfo = options.userInfo;
    this.templatesByAudience = options.templatesByAudience ?? true;
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return DENY;
    }

    const rule = accessRuleFor(request.permission);
    if (rule === 'signedIn') {
      return ALLOW;
    }
    if (rule === 'templatesByAudience') {
      return this.readDecision(request.permission, user);
    }
    if (
      rule === 'supportReaders' ||
      rule === 'supportEditors' ||
      rule === 'supportModerators'
    ) {
      const supportRoles = this.roles.resolveRoles(
        user.info.ownershipEntityRefs,
      );
      return supportRoles.has('communityManager')
        ? ALLOW
        : supportTicketDecision(rule, request.permission, user, supportRoles);
    }

    const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
      user.credentials,
    );
    const roles = this.roles.resolveRoles(ownershipEntityRefs);
    if (roles.has('communityManager')) {
      return ALLOW;
    }

    switch (rule) {
      case 'maintainers':
        return roles.has('maintainer') ? ALLOW : DENY;
      case 'maintainersOwnEntities':
        return roles.has('maintainer')
          ? ownedEntitiesOnly(request.permission, ownershipEntityRefs)
          : DENY;
      case 'entityOwners':
        return ownedEntitiesOnly(request.permission, ownershipEntityRefs);
      case 'eventOrganisers':
        return roles.has('eventOrganiser') ? ALLOW : DENY;
      case 'educators':
        return roles.has('educator') ? ALLOW : DENY;
      case 'organisersOwnEvents':
        return isResourcePermission(
          request.permission,
          RESOURCE_TYPE_CALENDAR_EVENT,
        )
          ? organisedEventsOnly(request.permission, ownershipEntityRefs)
          : DENY;
      case 'communityManagers':
      default:
        return DENY;
    }
  }

  // The ownership refs come with the request, so this needs no lookup.
  private readDecision(
    permission: Permission,
    user: PolicyQueryUser,
  ): PolicyDecision {
    if (
      !this.templatesByAudience ||
      !isResourcePermission(permission, RESOURCE_TYPE_CATALOG_ENTITY)
    ) {
      return ALLOW;
    }
    const roles = this.roles.resolveRoles(user.info.ownershipEntityRefs);
    if (roles.has('communityManager')) {
      return ALLOW;
    }
    const audiences = templateAudiencesOf(roles);
    const key = `${permission.name} ${audiences.join(' ')}`;
    let decision = this.readDecisions.get(key);
    if (!decision) {
      decision = visibleTemplatesOnly(permission, audiences);
      this.readDecisions.set(key, decision);
    }
    return decision;
  }
}

function ownedEntitiesOnly(
  permission: Permission,
  ownershipEntityRefs: string[],
): PolicyDecision {
  if (!isResourcePermission(permission, RESOURCE_TYPE_CATALOG_ENTITY)) {
    return DENY;
  }
  return createCatalogConditionalDecision(
    permission,
    catalogConditions.isEntityOwner({ claims: ownershipEntityRefs }),
  );
}
