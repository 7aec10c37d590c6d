/**
 * The Community Hub permission policy: roles from the community's catalog
 * groups instead of allow-all.
 *
 * @packageDocumentation
 */
export { permissionModuleCommunityPolicy as default } from './module';
export { CommunityPermissionPolicy } from './CommunityPermissionPolicy';
export type { CommunityPermissionPolicyOptions } from './CommunityPermissionPolicy';
export {
  CommunityRoleResolver,
  defaultCommunityRoleGroups,
  readCommunityRoleGroups,
} from './roles';
export type { CommunityRole, CommunityRoleGroups } from './roles';
export {
  accessRuleFor,
  communityAccessRules,
  defaultAccessRule,
} from './accessRules';
export type { CommunityAccessRule } from './accessRules';
export {
  templateAudiencesOf,
  visibleTemplatesOnly,
} from './templateVisibility';
export { supportTicketDecision } from './supportAccess';
export type { SupportAccessRule } from './supportAccess';
