import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { Permission } from '@backstage/plugin-permission-common';
import {
  actionExecutePermission,
  taskCancelPermission,
  taskCreatePermission,
  taskReadPermission,
  templateParameterReadPermission,
  templateStepReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import {
  calendarAttendeesReadPermission,
  calendarEventImportPermission,
  calendarFeedTokenManagePermission,
  calendarRegistrationCreatePermission,
} from '@community-hub/plugin-calendar-common';

/**
 * Who may use a permission:
 *
 * - `signedIn`: every signed-in user.
 * - `maintainers`: maintainers and community managers.
 * - `maintainersOwnEntities`: maintainers for the catalog entities their
 *   groups own, community managers for all.
 * - `eventOrganisers`: event organisers and community managers.
 * - `organisersOwnEvents`: the organisers of each event (any user named as
 *   owner or organiser, directly or through a group), community managers for all.
 * - `communityManagers`: community managers only.
 *
 * @public
 */
export type CommunityAccessRule =
  | 'signedIn'
  | 'maintainers'
  | 'maintainersOwnEntities'
  | 'eventOrganisers'
  | 'organisersOwnEvents'
  | 'communityManagers';

/**
 * The rule of each permission the community grants explicitly, by permission
 * name. Permissions not listed fall back to {@link defaultAccessRule}.
 *
 * @public
 */
export const communityAccessRules: ReadonlyMap<string, CommunityAccessRule> =
  new Map<string, CommunityAccessRule>([
    [catalogEntityRefreshPermission.name, 'signedIn'],
    [catalogEntityCreatePermission.name, 'maintainers'],
    [catalogLocationCreatePermission.name, 'maintainers'],
    [catalogEntityDeletePermission.name, 'maintainersOwnEntities'],
    [catalogLocationDeletePermission.name, 'communityManagers'],
    [templateParameterReadPermission.name, 'signedIn'],
    [templateStepReadPermission.name, 'signedIn'],
    [actionExecutePermission.name, 'signedIn'],
    [taskCreatePermission.name, 'signedIn'],
    [taskReadPermission.name, 'signedIn'],
    [taskCancelPermission.name, 'signedIn'],
    [calendarRegistrationCreatePermission.name, 'signedIn'],
    [calendarFeedTokenManagePermission.name, 'signedIn'],
    [calendarEventImportPermission.name, 'eventOrganisers'],
    [calendarAttendeesReadPermission.name, 'organisersOwnEvents'],
  ]);

/**
 * The rule of a permission that is not listed: reads (action `read` or no
 * action) are open to every signed-in user, creates, updates and deletes are
 * reserved to community managers.
 *
 * @public
 */
export function defaultAccessRule(permission: Permission): CommunityAccessRule {
  const action = permission.attributes?.action;
  return action === undefined || action === 'read'
    ? 'signedIn'
    : 'communityManagers';
}

/**
 * The rule that applies to a permission.
 *
 * @public
 */
export function accessRuleFor(permission: Permission): CommunityAccessRule {
  return (
    communityAccessRules.get(permission.name) ?? defaultAccessRule(permission)
  );
}
