import {
  AuthorizeResult,
  isResourcePermission,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  createSupportTicketConditionalDecision,
  RESOURCE_TYPE_SUPPORT_TICKET,
  supportTicketConditions,
} from '@community-hub/plugin-support-common';
import { CommunityRole } from './roles';

/** The support rules of {@link CommunityAccessRule}. @public */
export type SupportAccessRule =
  | 'supportReaders'
  | 'supportEditors'
  | 'supportModerators';

/**
 * The decision on a `support-ticket` permission for a user who is not a
 * community manager. It uses only the identity that comes with the request
 * (user ref and group memberships), so it needs no lookup; the support
 * backend turns the conditions into SQL for its lists.
 *
 * @public
 */
export function supportTicketDecision(
  rule: SupportAccessRule,
  permission: Permission,
  user: PolicyQueryUser,
  roles: ReadonlySet<CommunityRole>,
): PolicyDecision {
  if (!isResourcePermission(permission, RESOURCE_TYPE_SUPPORT_TICKET)) {
    return { result: AuthorizeResult.DENY };
  }
  const { userEntityRef, ownershipEntityRefs } = user.info;
  const { isPublic, isAuthor, isInQueueTeam } = supportTicketConditions;
  const inTeam = isInQueueTeam([...ownershipEntityRefs]);
  const triagesPublic = roles.has('supportTeam');

  switch (rule) {
    case 'supportReaders':
      return createSupportTicketConditionalDecision(permission, {
        anyOf: [isPublic(), isAuthor(userEntityRef), inTeam],
      });
    case 'supportEditors':
      return createSupportTicketConditionalDecision(permission, {
        anyOf: triagesPublic
          ? [isAuthor(userEntityRef), inTeam, isPublic()]
          : [isAuthor(userEntityRef), inTeam],
      });
    case 'supportModerators':
    default:
      return createSupportTicketConditionalDecision(
        permission,
        triagesPublic ? { anyOf: [inTeam, isPublic()] } : inTeam,
      );
  }
}
