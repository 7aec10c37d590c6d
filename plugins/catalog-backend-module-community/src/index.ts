/**
 * Catalog backend module that adds Community Hub's community kinds.
 *
 * @packageDocumentation
 */
export { catalogModuleCommunityKinds as default } from './module';
export { PartnerEntitiesProcessor } from './processors/PartnerEntitiesProcessor';
export { EventEntitiesProcessor } from './processors/EventEntitiesProcessor';
export { CommunityKindProcessor } from './processors/CommunityKindProcessor';
export type { CommunityKind } from './processors/CommunityKindProcessor';
export type { SpecRelation } from './processors/emitSpecRelations';
