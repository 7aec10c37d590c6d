import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
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
import {
  communityCreatedEntityManagePermission,
  communityEventCreatePermission,
  communityLearningPathCreatePermission,
  communityPackageCreatePermission,
  communityPartnerCreatePermission,
} from '@community-hub/catalog-common';
import {
  communityHealthExemptionManagePermission,
  communityHealthReadPermission,
  communityHealthRecomputePermission,
  communityHealthRunPermission,
} from '@community-hub/plugin-community-health-common';
import {
  supportAnswerCreatePermission,
  supportMetricsReadPermission,
  supportQuestionCreatePermission,
  supportQuestionModeratePermission,
  supportQuestionReadPermission,
  supportQuestionUpdatePermission,
  supportQueueManagePermission,
} from '@community-hub/plugin-support-common';

/**
 * Who may use a permission:
 *
 * - `signedIn`: every signed-in user.
 * - `templatesByAudience`: every signed-in user, except for the Template
 *   entities labelled for an audience (`communityhub.dev/audience`) the user
 *   does not belong to; community managers see all.
 * - `maintainers`: maintainers and community managers.
 * - `maintainersOwnEntities`: maintainers for the catalog entities their
 *   groups own, community managers for all.
 * - `eventOrganisers`: event organisers and community managers.
 * - `educators`: educators and community managers.
 * - `entityOwners`: the owners of each catalog entity (any user named as
 *   owner, directly or through a group), community managers for all.
 * - `organisersOwnEvents`: the organisers of each event (any user named as
 *   owner or organiser, directly or through a group), community managers for all.
 * - `supportReaders`: public support questions for every signed-in user,
 *   private ones for their author and their queue's team; community managers
 *   for all.
 * - `supportEditors`: support questions for their author and their queue's
 *   team, public ones also for the support team; community managers for all.
 * - `supportModerators`: support questions for their queue's team, public ones
 *   also for the support team; community managers for all.
 * - `communityManagers`: community managers only.
 *
 * @public
 */
export type CommunityAccessRule =
  | 'signedIn'
  | 'templatesByAudience'
  | 'maintainers'
  | 'maintainersOwnEntities'
  | 'eventOrganisers'
  | 'educators'
  | 'organisersOwnEvents'
  | 'entityOwners'
  | 'supportReaders'
  | 'supportEditors'
  | 'supportModerators'
  | 'communityManagers';

/**
 * The rule of each permission the community grants explicitly, by permission
 * name. Permissions not listed fall back to {@link defaultAccessRule}.
 *
 * @public
 */
export const communityAccessRules: ReadonlyMap<string, CommunityAccessRule> =
  new Map<string, CommunityAccessRule>([
    [catalogEntityReadPermission.name, 'templatesByAudience'],
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
    [communityPackageCreatePermission.name, 'maintainers'],
    [communityEventCreatePermission.name, 'eventOrganisers'],
    [communityPartnerCreatePermission.name, 'communityManagers'],
    [communityLearningPathCreatePermission.name, 'educators'],
    [communityCreatedEntityManagePermission.name, 'communityManagers'],
    [supportQuestionCreatePermission.name, 'signedIn'],
    [supportMetricsReadPermission.name, 'signedIn'],
    [supportQuestionReadPermission.name, 'supportReaders'],
    [supportAnswerCreatePermission.name, 'supportReaders'],
    [supportQuestionUpdatePermission.name, 'supportEditors'],
    [supportQuestionModeratePermission.name, 'supportModerators'],
    [supportQueueManagePermission.name, 'communityManagers'],
    [communityHealthReadPermission.name, 'signedIn'],
    [communityHealthExemptionManagePermission.name, 'entityOwners'],
    [communityHealthRecomputePermission.name, 'entityOwners'],
    [communityHealthRunPermission.name, 'communityManagers'],
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
