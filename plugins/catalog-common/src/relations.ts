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

/** Relations emitted for Event entities, each both ways. @public */
export const RELATION_ORGANISED_BY = 'organisedBy';
/** @public */
export const RELATION_ORGANISER_OF = 'organiserOf';
/** @public */
export const RELATION_HAS_SPEAKER = 'hasSpeaker';
/** @public */
export const RELATION_SPEAKER_AT = 'speakerAt';
/** @public */
export const RELATION_FEATURES = 'features';
/** @public */
export const RELATION_FEATURED_IN = 'featuredIn';
/** @public */
export const RELATION_CO_HOSTED_BY = 'coHostedBy';
/** @public */
export const RELATION_CO_HOSTS = 'coHosts';
