/**
 * Community kinds for the Community Hub catalog (Partner, Event): types, schemas and relations
 * shared by the catalog backend module and the frontend.
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
