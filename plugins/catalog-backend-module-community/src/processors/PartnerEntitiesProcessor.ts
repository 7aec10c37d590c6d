import {
  Entity,
  getCompoundEntityRef,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import { CatalogProcessor, CatalogProcessorEmit } from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
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
import { emitRelationsBothWays } from './emitRelationsBothWays';

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
    if (!isPartnerEntity(entity)) {
      return entity;
    }
    const self = getCompoundEntityRef(entity);
    const { spec } = entity;
    emitRelationsBothWays(emit, self, spec.owner, {
      defaultKind: 'group',
      forward: RELATION_OWNED_BY,
      backward: RELATION_OWNER_OF,
    });
    emitRelationsBothWays(emit, self, spec.contacts, {
      defaultKind: 'user',
      forward: RELATION_HAS_CONTACT,
      backward: RELATION_CONTACT_OF,
    });
    emitRelationsBothWays(emit, self, spec.sponsors, {
      defaultKind: 'component',
      forward: RELATION_SPONSORS,
      backward: RELATION_SPONSORED_BY,
    });
    emitRelationsBothWays(emit, self, spec.maintains, {
      defaultKind: 'component',
      forward: RELATION_MAINTAINS,
      backward: RELATION_MAINTAINED_BY,
    });
    return entity;
  }
}
