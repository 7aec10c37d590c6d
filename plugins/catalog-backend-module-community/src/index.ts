/**
 * Catalog backend module that adds Community Hub's community kinds and the
 * entities the portal keeps (created from templates).
 *
 * @packageDocumentation
 */
export { catalogModuleCommunity as default } from './module';
export { PartnerEntitiesProcessor } from './processors/PartnerEntitiesProcessor';
export { EventEntitiesProcessor } from './processors/EventEntitiesProcessor';
export { CommunityKindProcessor } from './processors/CommunityKindProcessor';
export type { CommunityKind } from './processors/CommunityKindProcessor';
export type { SpecRelation } from './processors/emitSpecRelations';
export { CreatedEntityProvider } from './createdEntities/CreatedEntityProvider';
export type { CreatedEntityPublisher } from './createdEntities/CreatedEntityProvider';
export { DatabaseCreatedEntityStore } from './createdEntities/CreatedEntityStore';
export type {
  CreatedEntityRecord,
  CreatedEntityStore,
} from './createdEntities/CreatedEntityStore';
export { CREATED_ENTITIES_PROVIDER } from './createdEntities/providedEntity';
