/**
 * Community kinds for the Community Hub catalog: types, schema and relations
 * shared by the catalog backend module and the frontend.
 *
 * @packageDocumentation
 */
export * from './partner/PartnerEntity';
export { partnerEntitySchema } from './partner/partnerEntitySchema';
export { validatePartnerEntity } from './partner/validatePartnerEntity';
export * from './relations';
