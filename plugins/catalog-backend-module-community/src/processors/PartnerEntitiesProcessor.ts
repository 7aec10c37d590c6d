import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
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
    const namespace = self.namespace;
    const emitBothWays = (
      targets: string[] | string | undefined,
      defaultKind: string,
      forward: string,
      backward: string,
    ) => {
      for (const target of [targets ?? []].flat()) {
        const other = parseEntityRef(target, {
          defaultKind,
          defaultNamespace: namespace,
        });
        emit(processingResult.relation({ source: self, type: forward, target: other }));
        emit(processingResult.relation({ source: other, type: backward, target: self }));
      }
    };

    emitBothWays(entity.spec.owner, 'group', RELATION_OWNED_BY, RELATION_OWNER_OF);
    emitBothWays(entity.spec.contacts, 'user', RELATION_HAS_CONTACT, RELATION_CONTACT_OF);
    emitBothWays(entity.spec.sponsors, 'component', RELATION_SPONSORS, RELATION_SPONSORED_BY);
    emitBothWays(entity.spec.maintains, 'component', RELATION_MAINTAINS, RELATION_MAINTAINED_BY);
    return entity;
  }
}
