import { RELATION_OWNED_BY, RELATION_OWNER_OF } from '@backstage/catalog-model';
import {
  isPartnerEntity,
  RELATION_CONTACT_OF,
  RELATION_HAS_CONTACT,
  RELATION_MAINTAINED_BY,
  RELATION_MAINTAINS,
  RELATION_SPONSORED_BY,
  RELATION_SPONSORS,
  validatePartnerEntity,
} from '@community-hub/catalog-common';
import { CommunityKindProcessor } from './CommunityKindProcessor';

/**
 * Validates `Partner` entities and emits their relations in both directions:
 * owner, contacts, and the packages the partner sponsors and maintains.
 *
 * @public
 */
export class PartnerEntitiesProcessor extends CommunityKindProcessor {
  constructor() {
    super({
      processorName: 'PartnerEntitiesProcessor',
      validate: validatePartnerEntity,
      isKind: isPartnerEntity,
      relations: [
        {
          field: 'owner',
          defaultKind: 'group',
          forward: RELATION_OWNED_BY,
          backward: RELATION_OWNER_OF,
        },
        {
          field: 'contacts',
          defaultKind: 'user',
          forward: RELATION_HAS_CONTACT,
          backward: RELATION_CONTACT_OF,
        },
        {
          field: 'sponsors',
          defaultKind: 'component',
          forward: RELATION_SPONSORS,
          backward: RELATION_SPONSORED_BY,
        },
        {
          field: 'maintains',
          defaultKind: 'component',
          forward: RELATION_MAINTAINS,
          backward: RELATION_MAINTAINED_BY,
        },
      ],
    });
  }
}
