import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
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
import { emitSpecRelations, SpecRelation } from './emitSpecRelations';

const partnerRelations: SpecRelation[] = [
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
];

/**
 * Validates `Partner` entities and emits their relations in both directions:
 * owner, contacts, and the packages the partner sponsors and maintains.
 *
 * @public
 */
export class PartnerEntitiesProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'PartnerEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    return validatePartnerEntity(entity);
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (isPartnerEntity(entity)) {
      emitSpecRelations(emit, entity, partnerRelations);
    }
    return entity;
  }
}
