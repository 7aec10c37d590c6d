/**
 * Relations emitted for Partner entities. Each pair is emitted both ways.
 *
 * @public
 */
export const RELATION_SPONSORS = 'sponsors';
/** @public */
export const RELATION_SPONSORED_BY = 'sponsoredBy';
/** @public */
export const RELATION_MAINTAINS = 'maintains';
/** @public */
export const RELATION_MAINTAINED_BY = 'maintainedBy';
/** @public */
export const RELATION_HAS_CONTACT = 'hasContact';
/** @public */
export const RELATION_CONTACT_OF = 'contactOf';
