/**
 * Community kinds for the Community Hub catalog (Partner, Event): types, schemas and relations
 * shared by the catalog backend module and the frontend; and the permissions, validation and
 * API types of the entities the portal keeps (created from templates).
 *
 * @packageDocumentation
 */
export * from './partner/PartnerEntity';
export { partnerEntitySchema } from './partner/partnerEntitySchema';
export { validatePartnerEntity } from './partner/validatePartnerEntity';
export * from './event/EventEntity';
export { eventEntitySchema } from './event/eventEntitySchema';
export { validateEventEntity } from './event/validateEventEntity';
export * from './relations';
export * from './created/annotations';
export * from './created/permissions';
export type * from './created/api';
export { EntityFieldError, toEntityFieldError } from './created/EntityFieldError';
export {
  createdEntityCategory,
  createPermissionOfCategory,
  LEARNING_PATH_COMPONENT_TYPE,
  PACKAGE_COMPONENT_TYPES,
} from './created/createdEntityCategory';
export type { CreatedEntityCategory } from './created/createdEntityCategory';
export { validateCreatedEntity } from './created/validateCreatedEntity';
