import type { Entity } from '@backstage/catalog-model';

/**
 * The apiVersion of the community kinds that Community Hub adds to the catalog.
 *
 * @public
 */
export const COMMUNITY_API_VERSION = 'communityhub.dev/v1alpha1';

/** @public */
export const PARTNER_KIND = 'Partner';

/** @public */
export const PARTNER_TYPES = [
  'company',
  'university',
  'foundation',
  'alliance',
  'individual-sponsor',
] as const;

/** @public */
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Partnership tiers, highest first. @public */
export const PARTNER_TIERS = [
  'platinum',
  'gold',
  'silver',
  'bronze',
  'community',
] as const;

/** @public */
export type PartnerTier = (typeof PARTNER_TIERS)[number];

/**
 * An organisation or person that partners with the community: it sponsors or
 * maintains packages and has named contacts.
 *
 * @public
 */
export interface PartnerEntity extends Entity {
  apiVersion: typeof COMMUNITY_API_VERSION;
  kind: typeof PARTNER_KIND;
  spec: {
    type: PartnerType;
    tier: PartnerTier;
    /** ISO date (YYYY-MM-DD) the partnership started. */
    since: string;
    website: string;
    /** Email domains of the partner's people, without the `@`. */
    emailDomains: string[];
    /** The community group that looks after the partnership. */
    owner: string;
    /** User refs of the partner's contacts. */
    contacts: string[];
    /** Component refs of the packages the partner sponsors. */
    sponsors?: string[];
    /** Component refs of the packages the partner maintains. */
    maintains?: string[];
  };
}

/** @public */
export function isPartnerEntity(entity: Entity): entity is PartnerEntity {
  return (
    entity.apiVersion === COMMUNITY_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'partner'
  );
}
